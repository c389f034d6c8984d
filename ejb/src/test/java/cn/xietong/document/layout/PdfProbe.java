package cn.xietong.document.layout;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a laid-out PDF back with PDFBox and reports what is where in the standard's terms:
 * millimetres from the page's top-left corner (PDFBox speaks points from the bottom-left).
 */
final class PdfProbe implements AutoCloseable {

    static final double PAGE_HEIGHT_MM = 297;

    /** One glyph: its left edge, baseline, advance and size, its fill colour as 0xRRGGBB. */
    record Glyph(String text, double x, double baseline, double width, double sizePt, int rgb, String font,
            double dashMiddleAboveBaseline) {
        double right() {
            return x + width;
        }

        /** Top of the CJK em box (0.88 em above the baseline). */
        double emTop() {
            return baseline - 0.88 * mm(sizePt);
        }

        double emBottom() {
            return baseline + 0.12 * mm(sizePt);
        }
    }

    /** The glyphs sharing one baseline, left to right. */
    record TextLine(double baseline, List<Glyph> glyphs) {
        String text() {
            return glyphs.stream().map(Glyph::text).collect(Collectors.joining());
        }

        Glyph first() {
            return glyphs.get(0);
        }

        Glyph last() {
            return glyphs.get(glyphs.size() - 1);
        }
    }

    /** A stroked horizontal rule. */
    record Rule(double x1, double x2, double y, double thickness, int rgb) {
    }

    private final PDDocument document;

    PdfProbe(byte[] pdf) {
        try {
            document = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int pageCount() {
        return document.getNumberOfPages();
    }

    static double mm(double points) {
        return points * 25.4 / 72;
    }

    List<Glyph> glyphs(int page) {
        try {
            GlyphCollector collector = new GlyphCollector();
            collector.setStartPage(page);
            collector.setEndPage(page);
            collector.getText(document);
            return collector.glyphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's text lines, top to bottom. */
    List<TextLine> lines(int page) {
        Map<Long, List<Glyph>> byBaseline = new TreeMap<>();
        for (Glyph glyph : glyphs(page)) {
            byBaseline.computeIfAbsent(Math.round(glyph.baseline() * 10), k -> new ArrayList<>()).add(glyph);
        }
        List<TextLine> lines = new ArrayList<>();
        byBaseline.forEach((key, glyphs) -> {
            glyphs.sort(Comparator.comparingDouble(Glyph::x));
            lines.add(new TextLine(glyphs.get(0).baseline(), glyphs));
        });
        return lines;
    }

    /** The first line on the page whose text contains {@code text}. */
    TextLine line(int page, String text) {
        return lines(page).stream().filter(line -> line.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + text + " on page " + page + ": "
                        + lines(page).stream().map(TextLine::text).toList()));
    }

    List<Rule> rules(int page) {
        try {
            RuleCollector collector = new RuleCollector(document.getPage(page - 1));
            collector.processPage(document.getPage(page - 1));
            return collector.rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private static final class GlyphCollector extends PDFTextStripper {
        final List<Glyph> glyphs = new ArrayList<>();

        GlyphCollector() {
            addOperator(new SetNonStrokingColorSpace(this));
            addOperator(new SetNonStrokingColor(this));
            addOperator(new SetNonStrokingColorN(this));
            addOperator(new SetNonStrokingDeviceGrayColor(this));
            addOperator(new SetNonStrokingDeviceRGBColor(this));
            addOperator(new SetNonStrokingDeviceCMYKColor(this));
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            try {
                int rgb = getGraphicsState().getNonStrokingColor().toRGB();
                double x = mm(text.getTextMatrix().getTranslateX());
                double baseline = PAGE_HEIGHT_MM - mm(text.getTextMatrix().getTranslateY());
                double dashMiddle = Double.NaN;
                if ("\u2014".equals(text.getUnicode()) && text.getFont() instanceof PDVectorFont font) {
                    Rectangle2D box = font.getPath(text.getCharacterCodes()[0]).getBounds2D();
                    double unitsToMm = mm(text.getFontSizeInPt()) / 1000;
                    dashMiddle = box.getCenterY() * unitsToMm;
                }
                glyphs.add(new Glyph(text.getUnicode(), x, baseline, mm(text.getWidth()), text.getFontSizeInPt(), rgb,
                        text.getFont().getName(), dashMiddle));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class RuleCollector extends PDFGraphicsStreamEngine {
        final List<Rule> rules = new ArrayList<>();
        private final List<Point2D> path = new ArrayList<>();
        private Point2D current;

        RuleCollector(PDPage page) {
            super(page);
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
            path.add(current);
        }

        @Override
        public void lineTo(float x, float y) {
            current = new Point2D.Float(x, y);
            path.add(current);
        }

        @Override
        public void strokePath() throws IOException {
            if (path.size() == 2 && Math.abs(path.get(0).getY() - path.get(1).getY()) < 0.01) {
                double x1 = mm(Math.min(path.get(0).getX(), path.get(1).getX()));
                double x2 = mm(Math.max(path.get(0).getX(), path.get(1).getX()));
                rules.add(new Rule(x1, x2, PAGE_HEIGHT_MM - mm(path.get(0).getY()),
                        mm(getGraphicsState().getLineWidth()), getGraphicsState().getStrokingColor().toRGB()));
            }
            path.clear();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void fillPath(int windingRule) {
            path.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            path.clear();
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
