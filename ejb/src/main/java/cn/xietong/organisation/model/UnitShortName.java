package cn.xietong.organisation.model;

import cn.xietong.shared.DomainException;

/**
 * A unit's short name as used in document numbers (机关代字), e.g. 粤府办 in 粤府办〔2026〕12号:
 * 1–10 Chinese characters, nothing else, so that a document number reads unambiguously.
 */
public record UnitShortName(String value) {

    public static final int MAX_LENGTH = 10;

    public UnitShortName {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("organisation.unit.short-name-missing",
                    "请填写单位的机关代字（用于发文字号，如“粤府办”）。");
        }
        value = value.strip();
        int count = value.codePointCount(0, value.length());
        if (count > MAX_LENGTH) {
            throw DomainException.invalid("organisation.unit.short-name-too-long",
                    "机关代字“" + value + "”过长：最多" + MAX_LENGTH + "个汉字，实际" + count + "个。");
        }
        value.codePoints().forEach(cp -> {
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                throw DomainException.invalid("organisation.unit.short-name-format",
                        "机关代字只能由汉字组成（如“粤府办”），其中的“" + Character.toString(cp) + "”不是汉字。");
            }
        });
    }

    public static UnitShortName of(String text) {
        return new UnitShortName(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
