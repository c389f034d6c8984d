package cn.xietong.web.identity;

/** Login name (账号) and password. */
public record SignInRequest(String username, String password) {
}
