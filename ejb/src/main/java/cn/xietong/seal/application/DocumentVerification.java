package cn.xietong.seal.application;

import cn.xietong.seal.infrastructure.PlatformKeys;
import cn.xietong.shared.DomainException;
import cn.xietong.shared.ErrorKind;
import cn.xietong.signing.SigningException;
import cn.xietong.signing.pdf.PdfSealVerifier;
import cn.xietong.signing.pdf.PdfVerificationReport;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Anyone can check a sealed PDF (验章): who sealed it, when, with which seal, whether it changed
 * since — against the platform's CA.
 */
@Stateless
public class DocumentVerification {

    @Inject
    private PlatformKeys keys;

    public PdfVerificationReport verify(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw DomainException.invalid("seal.pdf.missing", "请上传要验证的 PDF 文件。");
        }
        if (pdf.length > SealService.MAX_PDF_BYTES) {
            throw new DomainException(ErrorKind.TOO_LARGE, "seal.pdf.too-large", "PDF 文件超过50MB，无法验证。");
        }
        try {
            return new PdfSealVerifier(keys.validator()).verify(pdf);
        } catch (SigningException e) {
            throw PdfProblems.of(e);
        }
    }
}
