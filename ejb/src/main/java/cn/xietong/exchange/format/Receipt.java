package cn.xietong.exchange.format;

import java.time.Instant;
import java.util.UUID;

import cn.xietong.signing.crypto.Sm3Digest;

/**
 * A receipt (回执) for a package, made and signed by the addressee unit's platform and sent back to the
 * sender: what happened to the package identified by id and digest.
 *
 * @param packageDigest SM3 of the package's manifest XML ({@link SignedDocument#digest()})
 * @param reason        why (for a return, rejection or refused recall), several lines up to 2000 characters, or null
 * @param packageSender the unit that sent the package
 * @param addressee     the unit the package went to, which signs this receipt
 * @param personName    who accepted or returned it, or null
 * @param at            when it happened; kept to whole milliseconds
 */
public record Receipt(UUID receiptId, UUID packageId, Sm3Digest packageDigest, ReceiptOutcome outcome, String reason,
        Party packageSender, Party addressee, String personName, Instant at) {

    public static final int REASON_MAX = 2000;
    public static final int PERSON_NAME_MAX = 100;

    public Receipt {
        Fields.required(receiptId, "回执标识");
        Fields.required(packageId, "交换包标识");
        Fields.required(packageDigest, "交换包摘要");
        Fields.required(outcome, "回执结果");
        reason = Fields.optionalText(reason, REASON_MAX, "原因");
        Fields.required(packageSender, "发送单位");
        Fields.required(addressee, "收文单位");
        personName = Fields.optionalLine(personName, PERSON_NAME_MAX, "经办人姓名");
        at = Fields.time(at, "回执时间");
    }
}
