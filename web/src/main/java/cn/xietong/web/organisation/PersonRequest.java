package cn.xietong.web.organisation;

import java.util.List;

/**
 * A person to add, or the new details of one. {@code username} (login name, e.g. the pinyin of the
 * name) and {@code roles} are read only when adding; afterwards the login name does not change and
 * roles are set with {@code PUT …/roles}.
 */
public record PersonRequest(String username, String name, String departmentId, String position, String officePhone,
                            String mobile, String workEmail, Integer sortOrder, List<String> roles) {
}
