package cn.xietong.exchange.format;

import java.time.Instant;
import java.util.UUID;

import cn.xietong.signing.crypto.Sm3Digest;

/**
 * A notice from the sending unit about a package it sent: recall it (撤回) or urge it (催办). Signed by
 * the sending unit's platform and answered, for a recall, by a {@link Receipt}.
 *
 * @param packageDigest SM3 of the package's manifest XML
 * @param packageSender the unit that sent the package, which signs this notice
 * @param addressee     the unit the package went to
 * @param message       the reason or the urging words, several lines up to 2000 characters, or null
 * @param personName    who asked, or null
 * @param at            when; kept to whole milliseconds
 */
public record Notice(UUID noticeId, NoticeKind kind, UUID packageId, Sm3Digest packageDigest, Party packageSender,
        Party addressee, String message, String personName, Instant at) {

    public static final int MESSAGE_MAX = 2000;
    public static final int PERSON_NAME_MAX = 100;

    public Notice {
        Fields.required(noticeId, "通知标识");
        Fields.required(kind, "通知类别（撤回/催办）");
        Fields.required(packageId, "交换包标识");
        Fields.required(packageDigest, "交换包摘要");
        Fields.required(packageSender, "发送单位");
        Fields.required(addressee, "收文单位");
        message = Fields.optionalText(message, MESSAGE_MAX, "说明");
        personName = Fields.optionalLine(personName, PERSON_NAME_MAX, "经办人姓名");
        at = Fields.time(at, "通知时间");
    }
}
