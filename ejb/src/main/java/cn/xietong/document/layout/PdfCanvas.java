package cn.xietong.document.layout;

import static cn.xietong.document.layout.PageGeometry.PAGE_HEIGHT;
import static cn.xietong.document.layout.PageGeometry.PAGE_WIDTH;
import static cn.xietong.document.layout.PageGeometry.pt;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/** Turns the layout's marks into a PDF with OpenPDF, converting millimetres from the top into points from the bottom. */
final class PdfCanvas {

    private PdfCanvas() {
    }

    static byte[] render(List<Marks.Mark> marks, int pageCount, String title) {
        List<List<Marks.Mark>> pages = new ArrayList<>();
        for (int page = 0; page < pageCount; page++) {
            pages.add(new ArrayList<>());
        }
        for (Marks.Mark mark : marks) {
            pages.get(mark.page() - 1).add(mark);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        Document document = new Document(new Rectangle((float) pt(PAGE_WIDTH), (float) pt(PAGE_HEIGHT)), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("Xietong 协同");
        document.open();
        for (int page = 0; page < pageCount; page++) {
            if (page > 0) {
                document.newPage();
            }
            draw(writer.getDirectContent(), pages.get(page));
            writer.setPageEmpty(false);
        }
        document.close();
        return out.toByteArray();
    }

    private static void draw(PdfContentByte canvas, List<Marks.Mark> marks) {
        for (Marks.Mark mark : marks) {
            if (mark instanceof Marks.Rule rule) {
                canvas.saveState();
                canvas.setColorStroke(rule.color());
                canvas.setLineWidth((float) pt(rule.thickness()));
                canvas.moveTo((float) pt(rule.x1()), y(rule.y()));
                canvas.lineTo((float) pt(rule.x2()), y(rule.y()));
                canvas.stroke();
                canvas.restoreState();
            }
        }
        canvas.beginText();
        Face face = null;
        double size = 0;
        Color color = null;
        double scale = 1;
        for (Marks.Mark mark : marks) {
            if (!(mark instanceof Marks.Text text)) {
                continue;
            }
            if (text.face() != face || text.sizePt() != size) {
                face = text.face();
                size = text.sizePt();
                canvas.setFontAndSize(LayoutFonts.of(face), (float) size);
            }
            if (!text.color().equals(color)) {
                color = text.color();
                canvas.setColorFill(color);
            }
            if (text.horizontalScale() != scale) {
                scale = text.horizontalScale();
                canvas.setHorizontalScaling((float) (scale * 100));
            }
            canvas.setTextMatrix((float) pt(text.x()), y(text.baseline()));
            canvas.showText(text.text());
        }
        canvas.endText();
    }

    private static float y(double fromTop) {
        return (float) pt(PAGE_HEIGHT - fromTop);
    }
}
