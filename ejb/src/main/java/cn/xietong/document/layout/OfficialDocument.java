package cn.xietong.document.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The elements of an unclassified official document (GB/T 9704-2012, 7.1) that the layout prints.
 * Only unclassified (非涉密) documents reach the layout, so there is no classification element.
 * Build one with {@link #builder(DocumentFormat)}; a missing required element is refused with an
 * {@link IncompleteDocumentException} carrying a Chinese message.
 *
 * @param format 文件格式, 上行文格式 or 信函格式
 * @param copyNumber 份号, printed as six digits, or null
 * @param urgency 紧急程度
 * @param issuingOrganMark 发文机关标志, e.g. 某市人民政府办公室文件 (or the organ's name alone for a 函)
 * @param documentNumber 发文字号, e.g. 某府办〔2026〕12号
 * @param signers 签发人 names, required for upward documents and printed only there
 * @param title 标题
 * @param mainAddressees 主送机关, e.g. 各区人民政府，市政府各部门 (the full-width colon is added), or null
 * @param body 正文 paragraphs; a paragraph starting 一、 is set in 黑体, one starting （一） in 楷体
 *     (up to its first 。 when the heading runs on into text)
 * @param attachments 附件说明: the attachments' names, in order (numbered when there are several)
 * @param signingOrgans 发文机关署名: one organ, or several for a joint document (联合行文), the
 *     organ in charge (主办机关) first
 * @param date 成文日期
 * @param sealDiameterMm the seal's diameter in millimetres (the space left for it)
 * @param notes 附注 without its parentheses, or null
 * @param copiedAddressees 抄送机关
 * @param printingOrgan 印发机关 (not printed in the letter format)
 * @param printingDate 印发日期 (not printed in the letter format)
 */
public record OfficialDocument(
        DocumentFormat format,
        Integer copyNumber,
        Urgency urgency,
        String issuingOrganMark,
        String documentNumber,
        List<String> signers,
        String title,
        String mainAddressees,
        List<String> body,
        List<String> attachments,
        List<String> signingOrgans,
        LocalDate date,
        double sealDiameterMm,
        String notes,
        List<String> copiedAddressees,
        String printingOrgan,
        LocalDate printingDate) {

    /** A usual round seal of a government office: 42 mm. */
    public static final double DEFAULT_SEAL_DIAMETER_MM = 42;

    public OfficialDocument {
        Objects.requireNonNull(format, "format");
        urgency = urgency == null ? Urgency.NONE : urgency;
        signers = copyOf(signers);
        body = copyOf(body);
        attachments = copyOf(attachments);
        signingOrgans = copyOf(signingOrgans).stream().filter(organ -> !organ.isBlank()).toList();
        copiedAddressees = copyOf(copiedAddressees);
        if (copyNumber != null && (copyNumber < 1 || copyNumber > 999_999)) {
            throw new IncompleteDocumentException(DocumentElement.COPY_NUMBER,
                    "份号应为1至999999之间的数字，现为" + copyNumber);
        }
        require(issuingOrganMark, DocumentElement.ISSUING_ORGAN_MARK, "公文缺少发文机关标志");
        require(documentNumber, DocumentElement.DOCUMENT_NUMBER, "公文缺少发文字号");
        require(title, DocumentElement.TITLE, "公文缺少标题");
        if (body.stream().allMatch(String::isBlank)) {
            throw new IncompleteDocumentException(DocumentElement.BODY,
                    "公文缺少正文：首页必须显示正文（GB/T 9704-2012 7.3.3）");
        }
        if (format == DocumentFormat.UPWARD && signers.stream().allMatch(String::isBlank)) {
            throw new IncompleteDocumentException(DocumentElement.SIGNER,
                    "上行文缺少签发人：上报的公文应当标注签发人姓名（GB/T 9704-2012 7.2.6）");
        }
        if (signingOrgans.isEmpty()) {
            throw new IncompleteDocumentException(DocumentElement.SIGNING_ORGAN, "公文缺少发文机关署名");
        }
        if (date == null) {
            throw new IncompleteDocumentException(DocumentElement.DATE, "公文缺少成文日期");
        }
        if (!(sealDiameterMm >= 20 && sealDiameterMm <= 60)) {
            throw new IncompleteDocumentException(DocumentElement.SEAL,
                    "印章直径应在20至60毫米之间，现为" + sealDiameterMm + "毫米");
        }
        if (format != DocumentFormat.LETTER) {
            require(printingOrgan, DocumentElement.PRINTING_ORGAN, "公文版记缺少印发机关");
            if (printingDate == null) {
                throw new IncompleteDocumentException(DocumentElement.PRINTING_DATE, "公文版记缺少印发日期");
            }
        }
    }

    private static void require(String value, DocumentElement element, String message) {
        if (value == null || value.isBlank()) {
            throw new IncompleteDocumentException(element, message);
        }
    }

    private static List<String> copyOf(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            if (value != null) {
                kept.add(value.strip());
            }
        }
        return List.copyOf(kept);
    }

    public static Builder builder(DocumentFormat format) {
        return new Builder(format);
    }

    /** Fills in an {@link OfficialDocument}; {@link #build()} checks it. */
    public static final class Builder {
        private final DocumentFormat format;
        private Integer copyNumber;
        private Urgency urgency = Urgency.NONE;
        private String issuingOrganMark;
        private String documentNumber;
        private List<String> signers = List.of();
        private String title;
        private String mainAddressees;
        private List<String> body = List.of();
        private List<String> attachments = List.of();
        private List<String> signingOrgans = List.of();
        private LocalDate date;
        private double sealDiameterMm = DEFAULT_SEAL_DIAMETER_MM;
        private String notes;
        private List<String> copiedAddressees = List.of();
        private String printingOrgan;
        private LocalDate printingDate;

        private Builder(DocumentFormat format) {
            this.format = format;
        }

        public Builder copyNumber(Integer copyNumber) {
            this.copyNumber = copyNumber;
            return this;
        }

        public Builder urgency(Urgency urgency) {
            this.urgency = urgency;
            return this;
        }

        public Builder issuingOrganMark(String issuingOrganMark) {
            this.issuingOrganMark = issuingOrganMark;
            return this;
        }

        public Builder documentNumber(String documentNumber) {
            this.documentNumber = documentNumber;
            return this;
        }

        public Builder signers(String... signers) {
            this.signers = List.of(signers);
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder mainAddressees(String mainAddressees) {
            this.mainAddressees = mainAddressees;
            return this;
        }

        public Builder body(List<String> paragraphs) {
            this.body = paragraphs;
            return this;
        }

        public Builder body(String... paragraphs) {
            return body(List.of(paragraphs));
        }

        public Builder attachments(String... attachments) {
            this.attachments = List.of(attachments);
            return this;
        }

        public Builder signingOrgan(String signingOrgan) {
            this.signingOrgans = signingOrgan == null ? List.of() : List.of(signingOrgan);
            return this;
        }

        /** Several signing organs of a joint document, the organ in charge first. */
        public Builder signingOrgans(String... signingOrgans) {
            this.signingOrgans = List.of(signingOrgans);
            return this;
        }

        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        public Builder sealDiameterMm(double sealDiameterMm) {
            this.sealDiameterMm = sealDiameterMm;
            return this;
        }

        public Builder notes(String notes) {
            this.notes = notes;
            return this;
        }

        public Builder copiedAddressees(String... copiedAddressees) {
            this.copiedAddressees = List.of(copiedAddressees);
            return this;
        }

        public Builder printing(String printingOrgan, LocalDate printingDate) {
            this.printingOrgan = printingOrgan;
            this.printingDate = printingDate;
            return this;
        }

        public OfficialDocument build() {
            return new OfficialDocument(format, copyNumber, urgency, issuingOrganMark, documentNumber, signers,
                    title, mainAddressees, body, attachments, signingOrgans, date, sealDiameterMm, notes,
                    copiedAddressees, printingOrgan, printingDate);
        }
    }
}
