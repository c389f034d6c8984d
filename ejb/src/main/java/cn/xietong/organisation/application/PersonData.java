package cn.xietong.organisation.application;

import java.util.UUID;

/**
 * What a unit administrator gives for a person besides login name and roles: name, department
 * (处室, optional), position (职务), office phone, mobile, work e-mail and display order. Texts are
 * checked by the model's value objects.
 */
public record PersonData(String name, UUID departmentId, String position, String officePhone, String mobile,
                         String workEmail, Integer sortOrder) {
}
