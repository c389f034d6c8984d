package cn.xietong.signing.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Test documents generated with PDFBox: A4 pages of text. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** An A4 document of {@code pages} pages of text. */
    public static byte[] textPages(int pages) {
        return textPages(pages, 0);
    }

    /** An A4 document of {@code pages} pages of text, each page with the given /Rotate. */
    public static byte[] textPages(int pages, int rotation) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int n = 1; n <= pages; n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                page.setRotation(rotation);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.setLeading(15);
                    cs.newLineAtOffset(72, 770);
                    cs.showText("Joint notice of the city offices, page " + n + " of " + pages);
                    for (int line = 0; line < 40; line++) {
                        cs.newLine();
                        cs.showText("Line " + line + ": the units concerned shall implement the measures set out herein.");
                    }
                    cs.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
