package cn.xietong.organisation.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * How the organisation's value objects are stored: each as its text in one column. Applied
 * automatically wherever an entity holds such a value; reading a stored value runs the value's own
 * check again, so the database cannot smuggle in a broken one unnoticed.
 */
public final class JpaConverters {

    private JpaConverters() {
    }

    @Converter(autoApply = true)
    public static class UsccConverter implements AttributeConverter<Uscc, String> {
        @Override
        public String convertToDatabaseColumn(Uscc v) {
            return v == null ? null : v.value();
        }

        @Override
        public Uscc convertToEntityAttribute(String s) {
            return s == null ? null : new Uscc(s);
        }
    }

    @Converter(autoApply = true)
    public static class RegionCodeConverter implements AttributeConverter<RegionCode, String> {
        @Override
        public String convertToDatabaseColumn(RegionCode v) {
            return v == null ? null : v.value();
        }

        @Override
        public RegionCode convertToEntityAttribute(String s) {
            return s == null ? null : new RegionCode(s);
        }
    }

    @Converter(autoApply = true)
    public static class UnitShortNameConverter implements AttributeConverter<UnitShortName, String> {
        @Override
        public String convertToDatabaseColumn(UnitShortName v) {
            return v == null ? null : v.value();
        }

        @Override
        public UnitShortName convertToEntityAttribute(String s) {
            return s == null ? null : new UnitShortName(s);
        }
    }

    @Converter(autoApply = true)
    public static class PhoneNumberConverter implements AttributeConverter<PhoneNumber, String> {
        @Override
        public String convertToDatabaseColumn(PhoneNumber v) {
            return v == null ? null : v.value();
        }

        @Override
        public PhoneNumber convertToEntityAttribute(String s) {
            return s == null ? null : new PhoneNumber(s);
        }
    }

    @Converter(autoApply = true)
    public static class MobileNumberConverter implements AttributeConverter<MobileNumber, String> {
        @Override
        public String convertToDatabaseColumn(MobileNumber v) {
            return v == null ? null : v.value();
        }

        @Override
        public MobileNumber convertToEntityAttribute(String s) {
            return s == null ? null : new MobileNumber(s);
        }
    }

    @Converter(autoApply = true)
    public static class EmailAddressConverter implements AttributeConverter<EmailAddress, String> {
        @Override
        public String convertToDatabaseColumn(EmailAddress v) {
            return v == null ? null : v.value();
        }

        @Override
        public EmailAddress convertToEntityAttribute(String s) {
            return s == null ? null : new EmailAddress(s);
        }
    }

    @Converter(autoApply = true)
    public static class LoginNameConverter implements AttributeConverter<LoginName, String> {
        @Override
        public String convertToDatabaseColumn(LoginName v) {
            return v == null ? null : v.value();
        }

        @Override
        public LoginName convertToEntityAttribute(String s) {
            return s == null ? null : new LoginName(s);
        }
    }
}
