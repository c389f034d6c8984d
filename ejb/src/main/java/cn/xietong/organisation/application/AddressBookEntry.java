package cn.xietong.organisation.application;

import java.util.UUID;

/**
 * One person in the electronic address book (电子通信录): work contacts for everybody; the mobile
 * only when the reader works in the same unit, null otherwise.
 */
public record AddressBookEntry(UUID personId, String name, UUID unitId, String unitName, UUID departmentId,
                               String departmentName, String position, String officePhone, String workEmail,
                               String mobile) {
}
