package cn.xietong.web.seal;

import cn.xietong.signing.Check;
import cn.xietong.signing.pdf.PdfVerificationReport;
import cn.xietong.signing.pdf.SignatureReport;

import java.time.Instant;
import java.util.List;

/**
 * The verification of a sealed PDF (验章结果): overall status and, per signature, who, which seal,
 * when, whether it covers the whole document and whether anything changed after it, with each check.
 */
public record VerificationView(String status, String summary, int signatureCount, List<SignatureView> signatures) {

    public record SignatureView(int number, String profile, String signerName, String unit, String sealName,
                                String sealId, Instant signingTime, boolean coversWholeDocument, String changesAfter,
                                String status, List<CheckView> checks) {
    }

    public record CheckView(String name, String outcome, String detail) {
    }

    public static VerificationView of(PdfVerificationReport report) {
        List<SignatureView> signatures = report.signatures().stream().map(VerificationView::signature).toList();
        String status = report.status().name();
        String summary = signatures.isEmpty() ? "文件中没有电子签章。"
                : switch (report.status()) {
                    case PASSED -> "共" + signatures.size() + "个签章，全部有效，盖章后文件未被改动。";
                    case FAILED -> "签章验证未通过：文件在盖章后被改动，或签章、证书无效。";
                    default -> "签章本身完好，但部分证书无法确认可信。";
                };
        return new VerificationView(status, summary, signatures.size(), signatures);
    }

    private static SignatureView signature(SignatureReport s) {
        return new SignatureView(s.number(), s.profile() == null ? null : s.profile().name(), s.signerName(), s.unit(),
                s.sealName(), s.sealId(), s.signingTime(), s.coversWholeDocument(),
                s.changesAfter() == null ? null : s.changesAfter().name(), s.status().name(),
                s.checks().stream().map(VerificationView::check).toList());
    }

    private static CheckView check(Check c) {
        return new CheckView(c.name(), c.outcome().name(), c.detail());
    }
}
