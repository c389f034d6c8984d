package cn.xietong.it;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** PDFs for the tests that seal and verify: small, and with page text one can find and change. */
public final class TestPdfs {

    /** The text on every page of {@link #twoPages()}, uncompressed in the file. */
    public static final String PAGE_TEXT = "Quarterly report";

    private TestPdfs() {
    }

    /** Two A4 pages with uncompressed page text, so that one byte of it can be changed. */
    public static byte[] twoPages() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 1; p <= 2; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    cs.newLineAtOffset(80, 700);
                    cs.showText(PAGE_TEXT + ", page " + p);
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy with the first letter of the page text changed: the same length, different content. */
    public static byte[] withPageTextChanged(byte[] pdf) {
        byte[] needle = PAGE_TEXT.getBytes(StandardCharsets.US_ASCII);
        byte[] copy = pdf.clone();
        outer:
        for (int i = 0; i + needle.length <= copy.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (copy[i + j] != needle[j]) {
                    continue outer;
                }
            }
            copy[i] = (byte) Character.toLowerCase(copy[i]);
            return copy;
        }
        throw new AssertionError("the page text is not in the PDF");
    }
}
