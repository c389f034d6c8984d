package cn.xietong.organisation.model;

import cn.xietong.shared.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A person working in a unit (工作人员): name, department (处室, optional for the unit's leaders),
 * position (职务, e.g. 处长、科员、局长), contacts, the login name they sign in with and the roles
 * they hold in their own unit. A deactivated person stays for the record but leaves the address
 * book.
 */
@Entity
@Table(name = "org_person")
public class Person {

    public static final int NAME_MAX = 50;
    public static final int POSITION_MAX = 50;

    @Id
    private UUID id;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private Unit unit;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(name = "position_title", length = POSITION_MAX)
    private String position;

    @Column(name = "office_phone", length = PhoneNumber.MAX_LENGTH)
    private PhoneNumber officePhone;

    @Column(name = "mobile", length = 11)
    private MobileNumber mobile;

    @Column(name = "work_email", length = EmailAddress.MAX_LENGTH)
    private EmailAddress workEmail;

    @Column(name = "username", nullable = false, unique = true, updatable = false, length = LoginName.MAX_LENGTH)
    private LoginName username;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "org_person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false, length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Person() {
    }

    public Person(Unit unit, LoginName username, Details details) {
        if (unit == null) {
            throw DomainException.invalid("organisation.person.unit-missing", "请指定人员所在单位。");
        }
        if (username == null) {
            throw DomainException.invalid("organisation.login-name.missing", "请填写登录名（如姓名全拼 zhangwei）。");
        }
        this.id = UUID.randomUUID();
        this.unit = unit;
        this.username = username;
        this.createdAt = Instant.now();
        update(details);
    }

    /** What a unit administrator edits about a person, already checked value by value. */
    public record Details(String name, Department department, String position, PhoneNumber officePhone,
                          MobileNumber mobile, EmailAddress workEmail, int sortOrder) {
    }

    /** Replaces the person's details; the department must belong to the person's own unit. */
    public void update(Details d) {
        if (d.department() != null && !d.department().getUnitId().equals(unit.getId())) {
            throw DomainException.invalid("organisation.person.department-of-other-unit",
                    "所选处室“" + d.department().getName() + "”不属于本单位，请选择本单位的处室。");
        }
        this.name = Texts.required(d.name(), NAME_MAX, "organisation.person.name", "姓名");
        this.department = d.department();
        this.position = Texts.optional(d.position(), POSITION_MAX, "organisation.person.position", "职务");
        this.officePhone = d.officePhone();
        this.mobile = d.mobile();
        this.workEmail = d.workEmail();
        this.sortOrder = d.sortOrder();
        this.updatedAt = Instant.now();
    }

    /** Replaces the roles. Who may grant which role is the service's business, not the person's. */
    public void assignRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
        updatedAt = Instant.now();
    }

    public void deactivate() {
        active = false;
        updatedAt = Instant.now();
    }

    public void activate() {
        active = true;
        updatedAt = Instant.now();
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Unit getUnit() {
        return unit;
    }

    public Department getDepartment() {
        return department;
    }

    public String getPosition() {
        return position;
    }

    public PhoneNumber getOfficePhone() {
        return officePhone;
    }

    public MobileNumber getMobile() {
        return mobile;
    }

    public EmailAddress getWorkEmail() {
        return workEmail;
    }

    public LoginName getUsername() {
        return username;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
