package cn.xietong.seal.application;

import cn.xietong.shared.DomainException;
import cn.xietong.signing.SigningException;
import cn.xietong.signing.pdf.PdfSealingException;

/** Turns the signing library's refusals about a PDF into messages a person can act on. */
final class PdfProblems {

    private PdfProblems() {
    }

    static DomainException of(SigningException e) {
        if (e instanceof PdfSealingException p) {
            String message = switch (p.reason()) {
                case NOT_A_PDF -> "上传的文件不是 PDF 文件，请上传 PDF 格式的公文。";
                case TRUNCATED_PDF -> "PDF 文件不完整（可能上传中断），请重新上传。";
                case DAMAGED_PDF -> "PDF 文件已损坏，无法读取，请重新生成后上传。";
                case ENCRYPTED_PDF -> "PDF 文件设有密码保护，无法盖章或验证，请上传未加密的文件。";
                case PAGE_OUT_OF_RANGE -> "指定的页码超出了文件的页数，请检查盖章页码。";
                case POSITION_OFF_PAGE -> "盖章位置超出了页面范围，请调整位置。";
                default -> "无法处理该 PDF 文件：" + e.getMessage();
            };
            return DomainException.invalid("seal.pdf." + p.reason().name().toLowerCase().replace('_', '-'), message);
        }
        return DomainException.invalid("seal.signing-refused", "签章被拒绝：" + e.getMessage());
    }
}
