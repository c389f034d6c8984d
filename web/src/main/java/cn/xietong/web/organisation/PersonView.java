package cn.xietong.web.organisation;

import cn.xietong.organisation.model.Person;
import cn.xietong.organisation.model.Role;

import java.util.List;

/**
 * A person as their own unit (and platform administrators) see them: contacts including the mobile,
 * login name, roles (names and their Chinese labels), active or not.
 */
public record PersonView(String id, String username, String name, String unitId, String unitName,
                         String departmentId, String departmentName, String position, String officePhone,
                         String mobile, String workEmail, List<String> roles, List<String> roleNames, int sortOrder,
                         boolean active) {

    static PersonView of(Person p) {
        List<Role> roles = p.getRoles().stream().sorted().toList();
        return new PersonView(p.getId().toString(), p.getUsername().value(), p.getName(),
                p.getUnit().getId().toString(), p.getUnit().getName(),
                p.getDepartment() == null ? null : p.getDepartment().getId().toString(),
                p.getDepartment() == null ? null : p.getDepartment().getName(), p.getPosition(),
                p.getOfficePhone() == null ? null : p.getOfficePhone().value(),
                p.getMobile() == null ? null : p.getMobile().value(),
                p.getWorkEmail() == null ? null : p.getWorkEmail().value(),
                roles.stream().map(Role::name).toList(), roles.stream().map(Role::chineseName).toList(),
                p.getSortOrder(), p.isActive());
    }
}
