package cn.xietong.signing.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import cn.xietong.signing.pdf.PdfSealingException.Reason;

/** Opening PDF bytes with a typed error for each way they can be unusable. */
final class PdfInput {

    /** We look for the header and the trailer within this many bytes of the start and end. */
    private static final int SCAN = 1024;

    private PdfInput() {
    }

    /**
     * Opens a PDF to be sealed: it must be a complete, unencrypted PDF whose last {@code startxref}
     * points at a cross-reference section.
     */
    static PDDocument openForSealing(byte[] pdf) {
        checkHeader(pdf);
        checkTrailer(pdf);
        return load(pdf);
    }

    /** Opens a PDF to be verified: anything after the last trailer is left to the verifier to report. */
    static PDDocument openForVerification(byte[] pdf) {
        checkHeader(pdf);
        if (lastIndexOf(pdf, "%%EOF", 0) < 0) {
            throw new PdfSealingException(Reason.TRUNCATED_PDF, "the PDF has no trailer (%%EOF): the file is cut off");
        }
        return load(pdf);
    }

    static void checkHeader(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new PdfSealingException(Reason.NOT_A_PDF, "no bytes given");
        }
        if (indexOf(pdf, "%PDF-", Math.min(pdf.length, SCAN)) < 0) {
            throw new PdfSealingException(Reason.NOT_A_PDF, "the bytes do not start with a PDF header (%PDF-)");
        }
    }

    private static void checkTrailer(byte[] pdf) {
        int from = Math.max(0, pdf.length - SCAN);
        if (lastIndexOf(pdf, "%%EOF", from) < 0) {
            throw new PdfSealingException(Reason.TRUNCATED_PDF,
                    "the PDF does not end with a trailer (%%EOF): the file is cut off or has bytes appended");
        }
        int sx = lastIndexOf(pdf, "startxref", from);
        if (sx < 0) {
            throw new PdfSealingException(Reason.TRUNCATED_PDF, "the PDF has no startxref near its end");
        }
        int i = sx + "startxref".length();
        while (i < pdf.length && isWhite(pdf[i])) {
            i++;
        }
        long offset = 0;
        int digits = 0;
        while (i < pdf.length && pdf[i] >= '0' && pdf[i] <= '9' && digits < 19) {
            offset = offset * 10 + (pdf[i++] - '0');
            digits++;
        }
        if (digits == 0 || offset >= pdf.length) {
            throw new PdfSealingException(Reason.TRUNCATED_PDF,
                    "the PDF's startxref points past its end (" + (digits == 0 ? "no offset" : offset) + " >= " + pdf.length + " bytes)");
        }
        int at = (int) offset;
        while (at < pdf.length && isWhite(pdf[at])) {
            at++;
        }
        boolean table = startsWith(pdf, at, "xref");
        boolean stream = at < pdf.length && pdf[at] >= '0' && pdf[at] <= '9';
        if (!table && !stream) {
            throw new PdfSealingException(Reason.DAMAGED_PDF,
                    "the PDF's startxref (" + offset + ") does not point at a cross-reference section");
        }
    }

    private static PDDocument load(byte[] pdf) {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(pdf);
        } catch (InvalidPasswordException e) {
            throw new PdfSealingException(Reason.ENCRYPTED_PDF, "the PDF is password-protected; sealed documents must be unencrypted", e);
        } catch (IOException | RuntimeException e) {
            throw new PdfSealingException(Reason.DAMAGED_PDF, "the PDF cannot be read: " + e.getMessage(), e);
        }
        if (doc.isEncrypted()) {
            closeQuietly(doc);
            throw new PdfSealingException(Reason.ENCRYPTED_PDF, "the PDF is encrypted; sealed documents must be unencrypted");
        }
        try {
            if (doc.getNumberOfPages() < 1) {
                closeQuietly(doc);
                throw new PdfSealingException(Reason.DAMAGED_PDF, "the PDF has no pages");
            }
        } catch (RuntimeException e) {
            closeQuietly(doc);
            if (e instanceof PdfSealingException p) {
                throw p;
            }
            throw new PdfSealingException(Reason.DAMAGED_PDF, "the PDF's page tree cannot be read: " + e.getMessage(), e);
        }
        return doc;
    }

    static void closeQuietly(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException ignored) {
            // in-memory document: nothing left to release
        }
    }

    private static boolean isWhite(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
    }

    private static boolean startsWith(byte[] data, int at, String s) {
        byte[] p = s.getBytes(StandardCharsets.US_ASCII);
        if (at < 0 || at + p.length > data.length) {
            return false;
        }
        for (int k = 0; k < p.length; k++) {
            if (data[at + k] != p[k]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] data, String s, int limit) {
        for (int i = 0; i + s.length() <= limit; i++) {
            if (startsWith(data, i, s)) {
                return i;
            }
        }
        return -1;
    }

    static int lastIndexOf(byte[] data, String s, int from) {
        for (int i = data.length - s.length(); i >= from; i--) {
            if (startsWith(data, i, s)) {
                return i;
            }
        }
        return -1;
    }
}
