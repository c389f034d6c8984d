package cn.xietong.web.identity;

/** The current password and the new one. */
public record PasswordChange(String currentPassword, String newPassword) {
}
