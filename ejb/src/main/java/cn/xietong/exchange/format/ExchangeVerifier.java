package cn.xietong.exchange.format;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

import cn.xietong.signing.SigningException;
import cn.xietong.signing.ca.CertificateValidationResult;
import cn.xietong.signing.ca.Sm2Certificate;
import cn.xietong.signing.crypto.Sm2PublicKey;
import cn.xietong.signing.crypto.Sm2Verifier;

/**
 * The checks a receiving platform makes on a signed package, receipt or notice, each with a Chinese
 * reason: {@link Check#FORMAT}, {@link Check#SIGNATURE}, {@link Check#CERTIFICATE}, {@link Check#SENDER}
 * and, for packages, {@link Check#FILES}. Every check that can be made is made (a report, not a first
 * refusal). Stateless and thread-safe.
 */
public final class ExchangeVerifier {

    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));
    private static final int FILES_NAMED = 5;

    private ExchangeVerifier() {
    }

    /**
     * FORMAT (schema and {@link ExchangeXml#readManifest}), SIGNATURE (SM2 over the XML with the leaf's key),
     * CERTIFICATE ({@code trust.validate(chain, at)}), SENDER (the leaf's credit code is the manifest's
     * sender's), FILES (every listed file is in {@code files} under its SM3, with its size).
     */
    public static Verification verifyPackage(SignedDocument p, FileSource files, CertificateTrust trust, Instant at) {
        return verifyPackage(p, null, files, trust, at);
    }

    /**
     * As {@link #verifyPackage(SignedDocument, FileSource, CertificateTrust, Instant)} for a package whose
     * manifest the caller has already read from {@code p} with {@link ExchangeXml#readManifest} (so it is
     * not parsed twice); with {@code read} null the XML is read here, and a FORMAT failure says why.
     */
    public static Verification verifyPackage(SignedDocument p, PackageManifest read, FileSource files,
                                             CertificateTrust trust, Instant at) {
        List<CheckResult> checks = new ArrayList<>(5);
        PackageManifest m = read != null ? formatPassed(read, "交换包清单", checks)
                : read(p, ExchangeXml::readManifest, "交换包清单", checks);
        checks.add(signature(p));
        checks.add(certificate(p, trust, at));
        if (m != null) {
            checks.add(sender(p.signer(), m.sender(), "交换包的发送单位"));
            checks.add(files(m, files));
        }
        return Verification.of(checks);
    }

    /** As {@link #verifyPackage} without files; SENDER: the leaf's credit code is the receipt's addressee's. */
    public static Verification verifyReceipt(SignedDocument r, CertificateTrust trust, Instant at) {
        return verifyReceipt(r, null, trust, at);
    }

    /** As {@link #verifyReceipt(SignedDocument, CertificateTrust, Instant)} for a receipt already read from {@code r}. */
    public static Verification verifyReceipt(SignedDocument r, Receipt read, CertificateTrust trust, Instant at) {
        List<CheckResult> checks = new ArrayList<>(4);
        Receipt receipt = read != null ? formatPassed(read, "回执", checks) : read(r, ExchangeXml::readReceipt, "回执", checks);
        checks.add(signature(r));
        checks.add(certificate(r, trust, at));
        if (receipt != null) {
            checks.add(sender(r.signer(), receipt.addressee(), "回执的收文单位"));
        }
        return Verification.of(checks);
    }

    /** As {@link #verifyReceipt}; SENDER: the leaf's credit code is the notice's package sender's. */
    public static Verification verifyNotice(SignedDocument n, CertificateTrust trust, Instant at) {
        List<CheckResult> checks = new ArrayList<>(4);
        Notice notice = read(n, ExchangeXml::readNotice, "通知", checks);
        checks.add(signature(n));
        checks.add(certificate(n, trust, at));
        if (notice != null) {
            checks.add(sender(n.signer(), notice.packageSender(), "通知的发送单位"));
        }
        return Verification.of(checks);
    }

    private static <T> T formatPassed(T read, String what, List<CheckResult> checks) {
        checks.add(CheckResult.passed(Check.FORMAT, what + "符合交换格式（" + ExchangeSchema.RESOURCE + "）。"));
        return read;
    }

    private static <T> T read(SignedDocument d, Function<byte[], T> reader, String what, List<CheckResult> checks) {
        try {
            return formatPassed(reader.apply(d.xmlUnsafe()), what, checks);
        } catch (ExchangeFormatException e) {
            checks.add(CheckResult.failed(Check.FORMAT, e.getMessage()));
            return null;
        }
    }

    private static CheckResult signature(SignedDocument d) {
        Sm2Certificate leaf = d.signer();
        String who = "签名证书“" + leaf.subjectCommonName() + "”";
        Sm2PublicKey key;
        try {
            key = SignerKeys.of(leaf);
        } catch (SigningException e) {
            return CheckResult.failed(Check.SIGNATURE, who + "的公钥不是 SM2 公钥，无法验证签名。");
        }
        if (Sm2Verifier.verify(key, d.xmlUnsafe(), d.signature())) {
            return CheckResult.passed(Check.SIGNATURE, "SM2 签名与" + who + "的公钥相符，签名后内容未被改动。");
        }
        return CheckResult.failed(Check.SIGNATURE, "SM2 签名与" + who
                + "的公钥不符：文档在签名后被改动，或签名不是用此证书的私钥所作。");
    }

    private static CheckResult certificate(SignedDocument d, CertificateTrust trust, Instant at) {
        Sm2Certificate leaf = d.signer();
        String who = "签名证书“" + leaf.subjectCommonName() + "”";
        CertificateValidationResult r;
        try {
            r = trust.validate(d.chain(), at);
        } catch (RuntimeException e) {
            return CheckResult.failed(Check.CERTIFICATE, who + "无法验证：" + e.getMessage());
        }
        if (r.isValid()) {
            return CheckResult.passed(Check.CERTIFICATE, who + "由受信任的 CA 签发，是公文交换服务证书，在"
                    + SHOWN.format(at) + "（北京时间）有效，有效期至" + SHOWN.format(leaf.notAfter()) + "。");
        }
        Optional<cn.xietong.signing.Check> problem = r.firstProblem();
        String name = problem.map(cn.xietong.signing.Check::name).orElse("");
        boolean undecided = problem.map(c -> c.outcome() == cn.xietong.signing.Check.Outcome.INDETERMINATE).orElse(false);
        String detail = switch (name) {
            case "certificate-chain" -> undecided
                    ? who + "不是受信任的 CA 签发的（签发者不受信任或未知）。"
                    : who + "的证书链无效：证书不是其所称的签发者签发的。";
            case "certificate-signature" -> who + "的证书链中有证书的签名无法验证。";
            case "certificate-validity" -> validity(r, at);
            case "issuer-constraints" -> who + "的签发者无权签发证书（不是 CA 或超出路径长度限制）。";
            case "certificate-revocation" -> undecided
                    ? who + "的吊销状态无法确认：最新的证书吊销列表已过期。"
                    : who + "已被吊销。";
            case "certificate-profile" -> who + "不是公文交换服务证书（证书用途或策略不符）。";
            default -> who + "未通过验证。";
        };
        return CheckResult.failed(Check.CERTIFICATE, detail);
    }

    private static String validity(CertificateValidationResult r, Instant at) {
        for (Sm2Certificate c : r.path()) {
            if (!c.isValidAt(at)) {
                return "证书“" + c.subjectCommonName() + "”在" + SHOWN.format(at) + "（北京时间）不在有效期内（"
                        + SHOWN.format(c.notBefore()) + " 至 " + SHOWN.format(c.notAfter()) + "）。";
            }
        }
        return "证书链中有证书不在有效期内。";
    }

    private static CheckResult sender(Sm2Certificate leaf, Party claimed, String role) {
        Optional<String> certified = leaf.subjectOrganizationIdentifier();
        if (certified.isEmpty()) {
            return CheckResult.failed(Check.SENDER, "签名证书“" + leaf.subjectCommonName()
                    + "”中没有统一社会信用代码，无法确认签名单位就是" + role + "“" + claimed.name() + "”。");
        }
        if (!certified.get().equals(claimed.uscc())) {
            return CheckResult.failed(Check.SENDER, "签名证书属于统一社会信用代码为 " + certified.get() + " 的单位（"
                    + leaf.subjectCommonName() + "），而" + role + "是“" + claimed.name() + "”（" + claimed.uscc()
                    + "）：不能代其他单位签名。");
        }
        return CheckResult.passed(Check.SENDER, "签名单位就是" + role + "“" + claimed.name() + "”（"
                + claimed.uscc() + "）。");
    }

    private static CheckResult files(PackageManifest m, FileSource files) {
        List<String> problems = new ArrayList<>();
        int failed = 0;
        for (ManifestFile f : m.files()) {
            OptionalLong size = files.sizeOf(f.sm3());
            String problem = null;
            if (size.isEmpty()) {
                problem = "缺少" + f.role().label() + "“" + f.name() + "”，或其内容与清单中的 SM3 摘要不符";
            } else if (size.getAsLong() != f.size()) {
                problem = f.role().label() + "“" + f.name() + "”的大小不符：清单为" + f.size() + "字节，收到"
                        + size.getAsLong() + "字节";
            }
            if (problem != null) {
                failed++;
                if (problems.size() < FILES_NAMED) {
                    problems.add(problem);
                }
            }
        }
        if (failed == 0) {
            return CheckResult.passed(Check.FILES, "清单所列" + m.files().size() + "个文件都已收到，SM3 摘要和大小相符。");
        }
        return CheckResult.failed(Check.FILES, String.join("；", problems)
                + (failed > problems.size() ? "；另有" + (failed - problems.size()) + "个文件有同样问题" : "") + "。");
    }
}
