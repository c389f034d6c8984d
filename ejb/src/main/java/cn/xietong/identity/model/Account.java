package cn.xietong.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The sign-in credentials of one person (账号): the password hash and the lockout state.
 * After {@link #MAX_FAILED_ATTEMPTS} wrong passwords in a row the account is locked for
 * {@link #LOCK_DURATION}; a correct password afterwards resets the count.
 */
@Entity
@Table(name = "account")
public class Account {

    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "password_changed", nullable = false)
    private Instant passwordChanged;

    @Column(nullable = false)
    private Instant created;

    protected Account() {
    }

    public Account(UUID personId, PasswordHash password, Instant now) {
        this.personId = personId;
        this.passwordHash = password.encoded();
        this.passwordChanged = now;
        this.created = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Checks the password, counting failures; returns whether it matched. */
    public boolean attempt(String password, Instant now) {
        if (PasswordHash.fromStored(passwordHash).matches(password)) {
            failedAttempts = 0;
            lockedUntil = null;
            return true;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedAttempts = 0;
        }
        return false;
    }

    public void changePassword(PasswordHash password, Instant now) {
        this.passwordHash = password.encoded();
        this.passwordChanged = now;
    }

    public void unlock() {
        lockedUntil = null;
        failedAttempts = 0;
    }

    public String passwordHashEncoded() {
        return passwordHash;
    }

    public UUID personId() {
        return personId;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
