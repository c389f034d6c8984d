package cn.xietong.exchange.format;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The manifest of an exchange package (交换包清单): which document, from which unit to which addressee,
 * and every file with its SM3 digest. Its XML is what the sending unit signs; the SM3 of that XML is the
 * package digest receipts refer to.
 *
 * @param documentNumber 发文字号, one line, at most 100 characters
 * @param title          标题, one line, at most 500 characters
 * @param kind           文种, one of {@link #KINDS}; "命令（令）" as the workflow names it is taken as "命令"
 * @param urgency        紧急程度: null, "特急" or "加急"
 * @param documentDate   成文日期
 * @param sentAt         when the package was made; kept to whole milliseconds (finer parts are cut)
 * @param files          1 to 1000 files with distinct names
 */
public record PackageManifest(UUID packageId, String documentNumber, String title, String kind, String urgency,
        Party sender, Party addressee, AddresseeRole role, LocalDate documentDate, Instant sentAt,
        List<ManifestFile> files) {

    /** The 15 kinds of GB/T 9704 and the 党政机关公文处理工作条例 (命令 and 令 are one kind, both spellings allowed). */
    public static final List<String> KINDS = List.of("决议", "决定", "命令", "令", "公报", "公告", "通告", "意见", "通知",
            "通报", "报告", "请示", "批复", "议案", "函", "纪要");
    /** The urgency marks; absence is written as no element. */
    public static final List<String> URGENCIES = List.of("特急", "加急");
    public static final int DOCUMENT_NUMBER_MAX = 100;
    public static final int TITLE_MAX = 500;
    public static final int FILES_MAX = 1000;

    public PackageManifest {
        Fields.required(packageId, "交换包标识");
        Fields.line(documentNumber, DOCUMENT_NUMBER_MAX, "发文字号");
        Fields.line(title, TITLE_MAX, "标题");
        Fields.required(kind, "文种");
        if (kind.equals("命令（令）") || kind.equals("命令(令)")) {
            kind = "命令";
        }
        if (!KINDS.contains(kind)) {
            throw new ExchangeFormatException("未知文种“" + kind + "”，可选：" + String.join("、", KINDS) + "。");
        }
        urgency = urgency == null || urgency.isBlank() ? null : urgency;
        if (urgency != null && !URGENCIES.contains(urgency)) {
            throw new ExchangeFormatException("未知紧急程度“" + urgency + "”，可选：特急、加急，或不填。");
        }
        Fields.required(sender, "发送单位");
        Fields.required(addressee, "收文单位");
        Fields.required(role, "主送/抄送");
        Fields.date(documentDate, "成文日期");
        sentAt = Fields.time(sentAt, "发送时间");
        Fields.required(files, "文件列表");
        if (files.isEmpty()) {
            throw new ExchangeFormatException("交换包至少要有一个文件（正文）。");
        }
        if (files.size() > FILES_MAX) {
            throw new ExchangeFormatException("交换包最多" + FILES_MAX + "个文件，实有" + files.size() + "个。");
        }
        files = List.copyOf(files);
        Set<String> names = new HashSet<>();
        for (ManifestFile f : files) {
            if (!names.add(f.name())) {
                throw new ExchangeFormatException("文件名“" + f.name() + "”重复：一个交换包中的文件名必须互不相同。");
            }
        }
    }
}
