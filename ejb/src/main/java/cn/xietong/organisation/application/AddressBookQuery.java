package cn.xietong.organisation.application;

import cn.xietong.shared.DomainException;

import java.util.UUID;

/**
 * A search of the address book: part of a name ({@code text}, optional; letters also match the
 * start of the login name, which is the pinyin of the name), a unit and a department (optional).
 */
public record AddressBookQuery(String text, UUID unitId, UUID departmentId, PageRequest page) {

    public static final int TEXT_MAX = 50;

    public AddressBookQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.codePointCount(0, text.length()) > TEXT_MAX) {
            throw DomainException.invalid("organisation.address-book.query-too-long",
                    "搜索内容过长：最多" + TEXT_MAX + "个字符。");
        }
        if (page == null) {
            page = PageRequest.of(null, null);
        }
    }
}
