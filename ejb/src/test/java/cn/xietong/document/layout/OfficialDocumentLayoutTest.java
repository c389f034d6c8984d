package cn.xietong.document.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.xietong.document.layout.PdfProbe.Glyph;
import cn.xietong.document.layout.PdfProbe.Rule;
import cn.xietong.document.layout.PdfProbe.TextLine;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lays out documents and measures the PDF with PDFBox against GB/T 9704-2012. The expected numbers
 * are written out from the standard here, not taken from the layout's own constants, and checked to
 * half a millimetre, so a margin that moves by 1 mm fails.
 */
class OfficialDocumentLayoutTest {

    // The standard's numbers (5.2.1, 5.2.3, 7.2.4, 7.2.7, 7.3.5.1, 7.4.1, 7.5, 10.1).
    static final double TYPE_TOP = 37;
    static final double BINDING = 28;
    static final double TYPE_RIGHT = 28 + 156;
    static final double TYPE_BOTTOM = 37 + 225;
    static final double EM_3 = 16 * 25.4 / 72;
    static final double EM_4 = 14 * 25.4 / 72;
    static final double EM_2 = 22 * 25.4 / 72;
    /** 28 characters fill 156 mm: first starts at the margin, last ends at the right edge. */
    static final double CHAR = (156 - EM_3) / 27;
    /** 22 lines fill 225 mm: first em box starts at the top, last ends at the bottom. */
    static final double LINE = (225 - EM_3) / 21;
    static final double TOLERANCE = 0.5;
    static final int RED = 0xE60000;
    static final int BLACK = 0x000000;

    static LaidOutDocument notice;
    static PdfProbe probe;

    @BeforeAll
    static void layOutTheNotice() {
        notice = new OfficialDocumentLayout().layOut(Documents.aNotice().build());
        probe = new PdfProbe(notice.pdf());
    }

    @AfterAll
    static void close() throws Exception {
        probe.close();
    }

    static void near(double expected, double actual, String what) {
        assertEquals(expected, actual, TOLERANCE, what + ": expected " + expected + " mm, was " + actual + " mm");
    }

    static int gridIndexAtOrBelow(double y) {
        return (int) Math.ceil((y - TYPE_TOP) / LINE - 1e-9);
    }

    @Test
    void noticeRunsOverAtLeastThreePages() {
        assertTrue(notice.pageCount() >= 3, "pages: " + notice.pageCount());
        assertEquals(notice.pageCount(), probe.pageCount());
    }

    @Test
    void issuingOrganMarkIsRedCentredWithItsTopEdge35mmBelowTheTypeArea() {
        TextLine mark = probe.line(1, "某市人民政府办公室文件");
        near(TYPE_TOP + 35, mark.first().emTop(), "top edge of the issuing-organ mark");
        near((BINDING + TYPE_RIGHT) / 2, (mark.first().x() + mark.last().right()) / 2, "centre of the mark");
        assertTrue(mark.first().x() >= BINDING - TOLERANCE && mark.last().right() <= TYPE_RIGHT + TOLERANCE,
                "the mark stays within the type area");
        mark.glyphs().forEach(glyph -> assertEquals(RED, glyph.rgb(), "colour of " + glyph.text()));
        assertTrue(mark.first().font().contains("NotoSerifSC-Bold"), mark.first().font());
    }

    @Test
    void documentNumberIsCentredTwoBlankLinesBelowTheMark() {
        double markBottom = probe.line(1, "某市人民政府办公室文件").first().emBottom();
        TextLine number = probe.line(1, "某府办〔2026〕12号");
        near((BINDING + TYPE_RIGHT) / 2, (number.first().x() + number.last().right()) / 2, "centre of the number");
        near(TYPE_TOP + (gridIndexAtOrBelow(markBottom) + 2) * LINE, number.first().emTop(), "top of the number");
        assertEquals(16, number.first().sizePt(), 0.01);
    }

    @Test
    void redSeparatorIsAsWideAsTheTypeArea4mmBelowTheDocumentNumber() {
        TextLine number = probe.line(1, "某府办〔2026〕12号");
        List<Rule> red = probe.rules(1).stream().filter(rule -> rule.rgb() == RED).toList();
        assertEquals(1, red.size(), "red rules on page 1: " + red);
        Rule separator = red.get(0);
        near(number.first().emBottom() + 4, separator.y(), "separator below the number");
        near(BINDING, separator.x1(), "separator's left end");
        near(TYPE_RIGHT, separator.x2(), "separator's right end");
    }

    @Test
    void titleIsCentredIn2号TwoBlankLinesBelowTheSeparator() {
        double separator = probe.rules(1).stream().filter(rule -> rule.rgb() == RED).findFirst().orElseThrow().y();
        TextLine first = probe.line(1, "某市人民政府办公室关于");
        TextLine second = probe.line(1, "安全生产工作的通知");
        for (TextLine line : List.of(first, second)) {
            assertEquals(22, line.first().sizePt(), 0.01);
            near((BINDING + TYPE_RIGHT) / 2, (line.first().x() + line.last().right()) / 2, "centre of " + line.text());
        }
        double gridTop = TYPE_TOP + (gridIndexAtOrBelow(separator) + 2) * LINE;
        near(gridTop + (EM_3 - EM_2) / 2, first.first().emTop(), "top of the title");
        near(LINE, second.baseline() - first.baseline(), "title line pitch");
        assertEquals("某市人民政府办公室关于做好2026年冬季安全生产工作的通知", first.text() + second.text());
    }

    @Test
    void mainAddresseesStartAtTheBindingMarginOneBlankLineBelowTheTitle() {
        TextLine title = probe.line(1, "安全生产工作的通知");
        TextLine addressees = probe.line(1, "各区人民政府");
        near(BINDING, addressees.first().x(), "left edge of the main addressees");
        assertTrue(addressees.text().endsWith("："), addressees.text());
        double titleGridTop = title.first().emTop() - (EM_3 - EM_2) / 2;
        near(2 * LINE, addressees.first().emTop() - titleGridTop, "title to main addressees");
    }

    @Test
    void firstBodyLineIsIndentedTwoCharactersOnTheGridAndTheNextStartsAtTheBindingMargin() {
        List<TextLine> lines = probe.lines(1);
        int first = lines.indexOf(probe.line(1, "为深入贯彻落实"));
        TextLine line1 = lines.get(first);
        TextLine line2 = lines.get(first + 1);
        near(BINDING + 2 * CHAR, line1.first().x(), "first body line's indent");
        near(BINDING, line2.first().x(), "second body line's left edge (the 28 mm binding margin)");
        double gridLines = (line1.first().emTop() - TYPE_TOP) / LINE;
        near(Math.round(gridLines) * LINE, gridLines * LINE, "first body line on the 22-line grid");
        near(LINE, line2.baseline() - line1.baseline(), "body line pitch");
        assertTrue(line1.first().font().contains("NotoSerifSC-Regular"), line1.first().font());
    }

    @Test
    void fullBodyLinesHoldTwentyEightCharactersAcrossTheTypeArea() {
        int full = 0;
        for (TextLine line : probe.lines(2)) {
            if (line.baseline() > TYPE_BOTTOM) {
                continue;
            }
            assertTrue(line.last().right() <= TYPE_RIGHT + TOLERANCE, "line past the right edge: " + line.text());
            boolean allFullWidth = line.glyphs().stream().allMatch(g -> g.width() > EM_3 * 0.9);
            if (line.glyphs().size() == 28 && allFullWidth) {
                full++;
                for (int i = 0; i < 28; i++) {
                    near(BINDING + i * CHAR, line.glyphs().get(i).x(), "character " + (i + 1) + " of " + line.text());
                }
                near(TYPE_RIGHT, line.last().right(), "right edge of " + line.text());
            }
        }
        assertTrue(full >= 8, "full 28-character lines on page 2: " + full);
    }

    @Test
    void fullPageHoldsTwentyTwoBodyLinesFillingTheTypeArea() {
        List<TextLine> body = probe.lines(2).stream().filter(line -> line.baseline() < TYPE_BOTTOM).toList();
        assertEquals(22, body.size(), "body lines on page 2");
        near(TYPE_TOP, body.get(0).first().emTop(), "top of the first line (天头 37 mm)");
        near(TYPE_BOTTOM, body.get(21).first().emBottom(), "bottom of the 22nd line");
        for (int i = 1; i < 22; i++) {
            near(LINE, body.get(i).baseline() - body.get(i - 1).baseline(), "line pitch at line " + (i + 1));
        }
    }

    @Test
    void firstLevelHeadingsAreInHeiAndTheirLinesStayOnTheGrid() {
        TextLine heading = probe.line(1, "一、提高政治站位");
        assertTrue(heading.first().font().contains("NotoSansSC"), heading.first().font());
        near(BINDING + 2 * CHAR, heading.first().x(), "heading indent");
    }

    @Test
    void pageNumbersSitOnAlternateSidesBetweenDashes7mmBelowTheTypeArea() {
        for (int page = 1; page <= notice.pageCount(); page++) {
            String text = "\u2014 " + page + " \u2014";
            TextLine number = probe.line(page, text);
            assertEquals(text, number.text());
            assertEquals(14, number.first().sizePt(), 0.01);
            if (page % 2 == 1) {
                near(TYPE_RIGHT - EM_4, number.last().right(), "odd page " + page + " number's right edge");
            } else {
                near(BINDING + EM_4, number.first().x(), "even page " + page + " number's left edge");
            }
            Glyph dash = number.first();
            near(TYPE_BOTTOM + 7, dash.baseline() - dash.dashMiddleAboveBaseline(), "dash below the type area");
        }
    }

    @Test
    void signatureDateEndsFourCharactersFromTheRightWithTheOrganCentredAboveAndTheSealOverBoth() {
        int page = notice.seal().page();
        TextLine date = probe.line(page, "2026年11月23日");
        List<TextLine> lines = probe.lines(page);
        TextLine organ = lines.get(lines.indexOf(date) - 1);
        assertEquals("某市人民政府办公室", organ.text());
        TextLine textAbove = lines.get(lines.indexOf(organ) - 1);

        near(TYPE_RIGHT - 4 * CHAR, date.last().right(), "date's right edge (4 characters in)");
        double dateCentre = (date.first().x() + date.last().right()) / 2;
        near(dateCentre, (organ.first().x() + organ.last().right()) / 2, "organ centred over the date");
        near(2 * LINE, organ.baseline() - textAbove.baseline(), "one blank line above the organ");
        near(LINE, date.baseline() - organ.baseline(), "date on the line after the organ");

        MmRectangle seal = notice.seal().area();
        assertEquals(42, seal.width(), 1e-9);
        near(dateCentre, seal.centreX(), "seal centred over the date");
        double gapAbove = seal.top() - textAbove.first().emBottom();
        assertTrue(gapAbove > 0 && gapAbove <= LINE, "seal's top within a line of the text above: " + gapAbove);
        double signatureMiddle = (organ.first().emTop() + date.first().emBottom()) / 2;
        assertTrue(signatureMiddle > seal.centreY() && signatureMiddle < seal.centreY() + seal.height() / 4,
                "organ and date a little below the seal's centre");
        assertTrue(seal.bottom() <= TYPE_BOTTOM + TOLERANCE && seal.right() <= TYPE_RIGHT + TOLERANCE,
                "seal within the type area");
        TextLine notes = lines.get(lines.indexOf(date) + 1);
        assertEquals("（此件公开发布）", notes.text());
        near(BINDING + 2 * CHAR, notes.first().x(), "附注 indented 2 characters");
    }

    @Test
    void jointDocumentGivesEachOrganItsSealSideBySideWithoutTouching() throws Exception {
        List<String> organs = List.of("某市应急管理局", "某市公安局", "某市消防救援支队");
        LaidOutDocument joint = new OfficialDocumentLayout().layOut(Documents.aNotice()
                .signingOrgans(organs.toArray(String[]::new)).build());
        assertEquals(3, joint.seals().size());
        try (PdfProbe read = new PdfProbe(joint.pdf())) {
            int page = joint.seal().page();
            TextLine date = read.line(page, "2026年11月23日");
            near(TYPE_RIGHT - 4 * CHAR, date.last().right(), "date's right edge");
            for (int i = 0; i < organs.size(); i++) {
                SealPlacement seal = joint.seals().get(i);
                assertEquals(organs.get(i), seal.signingOrgan());
                assertEquals(page, seal.page());
                MmRectangle area = seal.area();
                assertTrue(area.left() >= BINDING - TOLERANCE && area.right() <= TYPE_RIGHT + TOLERANCE
                        && area.bottom() <= TYPE_BOTTOM + TOLERANCE, "seal within the type area: " + area);
                TextLine organ = read.line(page, organs.get(i));
                List<Glyph> name = organ.glyphs().subList(organ.text().indexOf(organs.get(i)),
                        organ.text().indexOf(organs.get(i)) + organs.get(i).length());
                near(area.centreX(), (name.get(0).x() + name.get(name.size() - 1).right()) / 2,
                        "seal centred over " + organs.get(i));
                assertTrue(organ.first().emTop() > area.top() && organ.first().emBottom() < area.bottom(),
                        organs.get(i) + " under its seal");
                for (int j = 0; j < i; j++) {
                    MmRectangle other = joint.seals().get(j).area();
                    double distance = Math.hypot(area.centreX() - other.centreX(), area.centreY() - other.centreY());
                    assertTrue(distance > area.width(), "seals " + j + " and " + i + " neither cross nor touch");
                }
            }
            near((date.first().x() + date.last().right()) / 2, joint.seal().area().centreX(),
                    "last seal centred over the date");
            assertEquals(joint.seals().get(0).area().top(), joint.seals().get(1).area().top(), 1e-9,
                    "seals of a row are level");
        }
    }

    @Test
    void sealRectangleConvertsToPdfPointsFromTheBottomLeft() {
        MmRectangle area = new MmRectangle(120, 200, 42, 42);
        float[] points = area.toPdfPoints();
        assertEquals(120 * 72 / 25.4, points[0], 0.01);
        assertEquals((297 - 242) * 72 / 25.4, points[1], 0.01);
        assertEquals(162 * 72 / 25.4, points[2], 0.01);
        assertEquals((297 - 200) * 72 / 25.4, points[3], 0.01);
    }

    @Test
    void attachmentNotesAreIndentedTwoCharactersAndNamesAlign() {
        int page = notice.seal().page();
        TextLine first = probe.line(page, "附件：1.2026年");
        TextLine second = probe.line(page, "2.各区安全生产");
        near(BINDING + 2 * CHAR, first.first().x(), "附件 indented 2 characters");
        near(first.glyphs().get(3).x(), second.first().x(), "second attachment aligned with the first's number");
    }

    @Test
    void imprintSitsAtTheBottomOfTheLastPageWhichIsEven() {
        int last = notice.pageCount();
        assertEquals(0, last % 2, "the imprint's page is even");
        List<Rule> rules = probe.rules(last).stream().filter(rule -> rule.rgb() == BLACK).toList();
        assertEquals(3, rules.size(), "imprint rules: " + rules);
        assertEquals(0.35, rules.get(0).thickness(), 0.01, "first rule is thick");
        assertEquals(0.25, rules.get(1).thickness(), 0.01, "middle rule is thin");
        assertEquals(0.35, rules.get(2).thickness(), 0.01, "last rule is thick");
        near(TYPE_BOTTOM, rules.stream().mapToDouble(Rule::y).max().orElseThrow(), "last rule on the type area's bottom");
        rules.forEach(rule -> {
            near(BINDING, rule.x1(), "imprint rule's left end");
            near(TYPE_RIGHT, rule.x2(), "imprint rule's right end");
        });
        TextLine copied = probe.line(last, "抄送：市委办公室");
        near(BINDING + EM_4, copied.first().x(), "抄送 one character in");
        assertEquals(14, copied.first().sizePt(), 0.01);
        TextLine printing = probe.line(last, "2026年11月24日印发");
        near(BINDING + EM_4, printing.first().x(), "印发机关 one character in");
        near(TYPE_RIGHT - EM_4, printing.last().right(), "印发日期 one character in from the right");
        assertTrue(printing.text().startsWith("某市人民政府办公室"), printing.text());
        double[] ys = rules.stream().mapToDouble(Rule::y).sorted().toArray();
        assertTrue(printing.baseline() > ys[1] && printing.baseline() < ys[2], "印发 between the last two rules");
        assertTrue(copied.baseline() > ys[0] && copied.baseline() < ys[1], "抄送 between the first two rules");
        String allCopied = probe.lines(last).stream().map(TextLine::text).filter(t -> t.contains("市") || t.contains("分区"))
                .reduce("", String::concat);
        assertTrue(allCopied.contains("某军分区。"), "the last copied organ ends with a full stop: " + allCopied);
    }

    @Test
    void shortNoticeGetsItsImprintOnAnEvenSecondPage() {
        LaidOutDocument laid = new OfficialDocumentLayout().layOut(Documents.aNotice()
                .body("现将《某市2026年冬季安全生产检查方案》印发给你们，请认真贯彻执行。").attachments().notes(null).build());
        assertEquals(2, laid.pageCount());
        assertEquals(1, laid.seal().page());
        try (PdfProbe short1 = new PdfProbe(laid.pdf())) {
            assertEquals(3, short1.rules(2).size());
            assertTrue(short1.rules(1).stream().noneMatch(rule -> rule.rgb() == BLACK));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void signatureEndingLowOnAnEvenPageGetsABlankPageAndAnImprintPageWithoutNumbers() throws Exception {
        String sentence = "各区、各部门要结合实际认真抓好落实，确保各项措施落到实处，切实维护人民群众生命财产安全。";
        LaidOutDocument found = null;
        for (int paragraphs = 1; paragraphs <= 40 && found == null; paragraphs++) {
            LaidOutDocument laid = new OfficialDocumentLayout().layOut(Documents.aNotice()
                    .body(java.util.Collections.nCopies(paragraphs, sentence)).attachments().notes(null).build());
            if (laid.seal().page() == 2 && laid.pageCount() == 4) {
                found = laid;
            }
        }
        assertTrue(found != null, "no body length ends the signature low on page 2");
        try (PdfProbe read = new PdfProbe(found.pdf())) {
            assertTrue(read.lines(3).isEmpty(), "page 3 is blank: " + read.lines(3));
            assertTrue(read.rules(3).isEmpty());
            assertTrue(read.lines(4).stream().noneMatch(line -> line.text().contains("\u2014")),
                    "the imprint page after a blank page has no number");
            assertEquals(3, read.rules(4).size(), "imprint on page 4");
            read.line(2, "\u2014 2 \u2014");
        }
    }

    @Test
    void severalSignersRunTwoALineWithTheNumberOnTheLastSignerLine() throws Exception {
        LaidOutDocument request = new OfficialDocumentLayout().layOut(
                Documents.aRequest().signers("王建国", "李晓明", "张卫东").build());
        try (PdfProbe read = new PdfProbe(request.pdf())) {
            TextLine first = read.line(1, "签发人：王建国");
            TextLine last = read.line(1, "张卫东");
            near(LINE, last.baseline() - first.baseline(), "second signer line");
            assertTrue(last.text().startsWith("某府〔2026〕35号"), "number on the last signer line: " + last.text());
            Glyph firstName = first.glyphs().get(first.text().indexOf("王"));
            near(firstName.x(), last.glyphs().get(last.text().indexOf("张")).x(), "names aligned");
        }
    }

    @Test
    void upwardDocumentPutsTheNumberLeftAndTheSignerRightOnOneLine() throws Exception {
        LaidOutDocument request = new OfficialDocumentLayout().layOut(Documents.aRequest().build());
        try (PdfProbe read = new PdfProbe(request.pdf())) {
            near(TYPE_TOP + 35, read.line(1, "某市人民政府文件").first().emTop(), "mark's top edge (35 mm in 2012)");
            TextLine line = read.line(1, "签发人：");
            assertTrue(line.text().startsWith("某府〔2026〕35号"), line.text());
            assertTrue(line.text().endsWith("签发人：王建国\u3000李晓明"), line.text());
            near(BINDING + CHAR, line.first().x(), "number one character in from the left");
            near(TYPE_RIGHT - CHAR, line.last().right(), "signer one character in from the right");
            Rule separator = read.rules(1).stream().filter(rule -> rule.rgb() == RED).findFirst().orElseThrow();
            near(line.first().emBottom() + 4, separator.y(), "separator 4 mm below the number");
        }
    }

    @Test
    void letterUsesTheLetterFormat() throws Exception {
        LaidOutDocument letter = new OfficialDocumentLayout().layOut(Documents.aLetter().build());
        try (PdfProbe read = new PdfProbe(letter.pdf())) {
            TextLine mark = read.line(1, "某市人民政府办公室");
            near(30, mark.first().emTop(), "letter mark 30 mm below the page top");
            mark.glyphs().forEach(glyph -> assertEquals(RED, glyph.rgb()));
            List<Rule> red = read.rules(1).stream().filter(rule -> rule.rgb() == RED)
                    .sorted((a, b) -> Double.compare(a.y(), b.y())).toList();
            assertEquals(4, red.size(), "two red double lines: " + red);
            red.forEach(rule -> near(170, rule.x2() - rule.x1(), "double line length"));
            near(mark.first().emBottom() + 4, red.get(0).y() - red.get(0).thickness() / 2, "double line 4 mm below the mark");
            assertTrue(red.get(0).thickness() > red.get(1).thickness(), "upper double line: thick above thin");
            assertTrue(red.get(3).thickness() > red.get(2).thickness(), "lower double line: thin above thick");
            near(297 - 20, red.get(3).y() + red.get(3).thickness() / 2, "lower double line 20 mm above the page bottom");
            TextLine number = read.line(1, "某府办函〔2026〕88号");
            near(TYPE_RIGHT, number.last().right(), "number at the type area's right edge");
            double lineBottom = red.get(1).y() + red.get(1).thickness() / 2;
            near(lineBottom + EM_3 * 7 / 8, number.first().emTop(), "number 7/8 of a character below the double line");
            assertFalse(read.lines(1).stream().anyMatch(line -> line.text().contains("\u2014 1 \u2014")),
                    "no page number on a letter's first page");
            List<Rule> lastRules = read.rules(letter.pageCount()).stream().filter(rule -> rule.rgb() == BLACK).toList();
            assertTrue(lastRules.isEmpty(), "a letter's imprint has no rules");
            TextLine copied = read.line(letter.pageCount(), "抄送：某市大数据中心。");
            near(TYPE_BOTTOM - (LINE + EM_4) / 2, copied.first().emTop(), "letter imprint at the bottom of the type area");
        }
    }

    @Test
    void longTitleWrapsIntoCentredLinesWithinTheTypeArea() throws Exception {
        String title = "某市人民政府办公室关于印发某市推进一网协同建设加快非涉密电子公文交换和电子印章全面应用"
                + "实施方案（2026—2028年）的通知";
        LaidOutDocument laid = new OfficialDocumentLayout().layOut(Documents.aNotice().title(title).build());
        try (PdfProbe read = new PdfProbe(laid.pdf())) {
            List<TextLine> titleLines = read.lines(1).stream()
                    .filter(line -> Math.abs(line.first().sizePt() - 22) < 0.01).toList();
            assertEquals(3, titleLines.size(), titleLines.stream().map(TextLine::text).toList().toString());
            StringBuilder joined = new StringBuilder();
            for (TextLine line : titleLines) {
                near((BINDING + TYPE_RIGHT) / 2, (line.first().x() + line.last().right()) / 2, "centre of " + line.text());
                assertTrue(line.first().x() >= BINDING - TOLERANCE && line.last().right() <= TYPE_RIGHT + TOLERANCE);
                assertFalse("，。、）〕".contains(line.first().text()), "line starts with punctuation: " + line.text());
                joined.append(line.text());
            }
            assertEquals(title, joined.toString());
            near(LINE, titleLines.get(2).baseline() - titleLines.get(1).baseline(), "title line pitch");
        }
    }

    @Test
    void oneLayoutServesConcurrentCallersWithTheSameResult() throws Exception {
        OfficialDocumentLayout layout = new OfficialDocumentLayout();
        List<OfficialDocument> documents = List.of(Documents.aNotice().build(), Documents.aRequest().build(),
                Documents.aLetter().build(), Documents.aNotice().title("某市人民政府办公室关于进一步加强冬季供暖保障工作的通知").build());
        List<String> alone = new java.util.ArrayList<>();
        for (OfficialDocument document : documents) {
            alone.add(text(layout.layOut(document)));
        }
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            for (int round = 0; round < 3; round++) {
                List<java.util.concurrent.Future<String>> together = new java.util.ArrayList<>();
                for (OfficialDocument document : documents) {
                    together.add(pool.submit(() -> text(layout.layOut(document))));
                }
                for (int i = 0; i < documents.size(); i++) {
                    assertEquals(alone.get(i), together.get(i).get());
                }
            }
        }
    }

    private static String text(LaidOutDocument laid) {
        try (PdfProbe read = new PdfProbe(laid.pdf())) {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= read.pageCount(); page++) {
                read.glyphs(page).forEach(g -> text.append(g.text()).append('@')
                        .append(Math.round(g.x() * 100)).append(',').append(Math.round(g.baseline() * 100)).append(' '));
            }
            return text.toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void emptyBodyIsRefusedWithAChineseMessage() {
        IncompleteDocumentException refused = assertThrows(IncompleteDocumentException.class,
                () -> Documents.aNotice().body(List.of(" ", "")).build());
        assertEquals(DocumentElement.BODY, refused.element());
        assertEquals("公文缺少正文：首页必须显示正文（GB/T 9704-2012 7.3.3）", refused.getMessage());
    }

    @Test
    void missingIssuingOrganMarkIsRefused() {
        IncompleteDocumentException refused = assertThrows(IncompleteDocumentException.class,
                () -> Documents.aNotice().issuingOrganMark(null).build());
        assertEquals(DocumentElement.ISSUING_ORGAN_MARK, refused.element());
        assertEquals("公文缺少发文机关标志", refused.getMessage());
    }

    @Test
    void upwardDocumentWithoutSignerIsRefused() {
        IncompleteDocumentException refused = assertThrows(IncompleteDocumentException.class,
                () -> Documents.aRequest().signers().build());
        assertEquals(DocumentElement.SIGNER, refused.element());
        assertTrue(refused.getMessage().startsWith("上行文缺少签发人"), refused.getMessage());
    }

    @Test
    void ordinaryDocumentWithoutPrintingOrganIsRefused() {
        IncompleteDocumentException refused = assertThrows(IncompleteDocumentException.class,
                () -> Documents.aNotice().printing(" ", LocalDate.of(2026, 11, 24)).build());
        assertEquals(DocumentElement.PRINTING_ORGAN, refused.element());
        assertEquals("公文版记缺少印发机关", refused.getMessage());
    }

    @Test
    void datesUseArabicNumeralsWithoutLeadingZeros() {
        assertEquals("2027年1月5日", OfficialDocumentLayout.chineseDate(LocalDate.of(2027, 1, 5)));
    }
}
