package cn.xietong.document.layout;

import static cn.xietong.document.layout.PageGeometry.BODY_EM;
import static cn.xietong.document.layout.PageGeometry.BODY_SIZE_PT;
import static cn.xietong.document.layout.PageGeometry.CHAR_PITCH;
import static cn.xietong.document.layout.PageGeometry.CJK_ASCENT;
import static cn.xietong.document.layout.PageGeometry.LEFT_MARGIN;
import static cn.xietong.document.layout.PageGeometry.LINES_PER_PAGE;
import static cn.xietong.document.layout.PageGeometry.LINE_PITCH;
import static cn.xietong.document.layout.PageGeometry.PAGE_HEIGHT;
import static cn.xietong.document.layout.PageGeometry.SMALL_SIZE_PT;
import static cn.xietong.document.layout.PageGeometry.TITLE_SIZE_PT;
import static cn.xietong.document.layout.PageGeometry.TOP_MARGIN;
import static cn.xietong.document.layout.PageGeometry.TYPE_BOTTOM;
import static cn.xietong.document.layout.PageGeometry.TYPE_RIGHT;
import static cn.xietong.document.layout.PageGeometry.TYPE_WIDTH;
import static cn.xietong.document.layout.PageGeometry.firstLineAtOrBelow;
import static cn.xietong.document.layout.PageGeometry.lineTop;
import static cn.xietong.document.layout.PageGeometry.mm;

import cn.xietong.document.layout.Typesetter.Line;
import cn.xietong.document.layout.Typesetter.Span;
import cn.xietong.document.layout.Typesetter.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lays out an {@link OfficialDocument} as the PDF of GB/T 9704-2012 and says where the seal goes.
 * Stateless and safe to share; the fonts are read once per class loader.
 */
public final class OfficialDocumentLayout {

    /** 发文机关标志: 初号 (42 pt) 小标宋, narrowed to the type area's width when longer (7.2.4). */
    static final double MARK_SIZE_PT = 42;
    /** 信函格式's mark: 小初 (36 pt) (10.1 leaves the size open). */
    static final double LETTER_MARK_SIZE_PT = 36;
    /** The mark's top edge is 35 mm below the type area's top (7.2.4). */
    static final double MARK_BELOW_TYPE_TOP = 35;
    /** A letter's mark's top edge is 30 mm below the page's top (10.1). */
    static final double LETTER_MARK_TOP = 30;
    /** The red separator is 4 mm below the document number (7.2.7). */
    static final double SEPARATOR_BELOW_NUMBER = 4;
    /** Thickness of the red separator (7.2.7 does not fix it). */
    static final double SEPARATOR_THICKNESS = 0.5;
    /** A letter's red double lines: 170 mm long, thick and thin with a gap (10.1 fixes only the length). */
    static final double LETTER_RULE_LENGTH = 170;
    static final double LETTER_THICK = 1.0;
    static final double LETTER_THIN = 0.35;
    static final double LETTER_RULE_GAP = 0.75;
    /** A letter's mark is 4 mm above its first double line, the second is 20 mm above the page bottom (10.1). */
    static final double LETTER_RULE_BELOW_MARK = 4;
    static final double LETTER_BOTTOM_RULE_ABOVE_PAGE_BOTTOM = 20;
    /** The date ends 4 characters left of the type area's right edge (7.3.5.1). */
    static final int DATE_RIGHT_INDENT_CHARS = 4;
    /** Space between the seals of a joint document, side by side and row to row: they may not touch (7.3.5.1). */
    static final double SEAL_GAP = 4;
    /** The seal's top is this far below the text above it: within one line (7.3.5.1). */
    static final double SEAL_BELOW_TEXT = 1;
    /** How far below the seal's centre the middle of the organ and date sits (居印章中心偏下). */
    static final double SEAL_CENTRE_ABOVE_SIGNATURE = 3;
    /** Page numbers: the dash is 7 mm below the type area, one 4号 character in from its edge (7.5). */
    static final double PAGE_NUMBER_BELOW_TYPE = 7;
    /** 版记 rules: first and last 0.35 mm, those between 0.25 mm (7.4.1). */
    static final double IMPRINT_THICK = 0.35;
    static final double IMPRINT_THIN = 0.25;

    private static final double SMALL_EM = mm(SMALL_SIZE_PT);
    private static final double TITLE_EM = mm(TITLE_SIZE_PT);
    private static final int LAST_LINE = LINES_PER_PAGE - 1;
    private static final Pattern FIRST_LEVEL = Pattern.compile("^[一二三四五六七八九十百]+、");
    private static final Pattern SECOND_LEVEL = Pattern.compile("^（[一二三四五六七八九十百]+）");

    /** Lays the document out. */
    public LaidOutDocument layOut(OfficialDocument document) {
        List<Marks.Mark> marks = new ArrayList<>();
        int firstFlowLine = header(document, marks);
        List<Line> flow = flow(document);

        Set<Integer> breakBefore = new HashSet<>();
        Slot[] slots;
        Closing closing;
        while (true) {
            slots = paginate(flow, firstFlowLine, breakBefore);
            closing = closing(document, slots);
            if (closing.fits()) {
                break;
            }
            if (!moveLastLinesDown(flow, slots, breakBefore)) {
                throw new IncompleteDocumentException(DocumentElement.SIGNING_ORGAN,
                        "发文机关署名和印章在一页内排不下：联合行文的机关过多或印章过大");
            }
        }
        for (int i = 0; i < flow.size(); i++) {
            if (slots[i] != null && flow.get(i) != null) {
                drawGridLine(marks, flow.get(i), slots[i].page(), slots[i].line(), LEFT_MARGIN);
            }
        }
        marks.addAll(closing.marks());

        int pageCount = closing.page();
        Set<Integer> unnumbered = new HashSet<>();
        if (document.format() == DocumentFormat.LETTER) {
            unnumbered.add(1);
        }
        Imprint imprint = imprint(document);
        if (imprint.bands() > 0) {
            int lastPage = closing.page();
            boolean roomBelow = closing.bottom() + LINE_PITCH <= TYPE_BOTTOM - imprint.bands() * LINE_PITCH + 1e-6;
            int imprintPage;
            if (lastPage % 2 == 0 && roomBelow) {
                imprintPage = lastPage;
            } else if (lastPage % 2 == 0) {
                imprintPage = lastPage + 2;
                unnumbered.add(lastPage + 1);
                unnumbered.add(lastPage + 2);
            } else {
                imprintPage = lastPage + 1;
            }
            pageCount = imprintPage;
            for (Marks.Mark mark : imprint.marks()) {
                marks.add(onPage(mark, imprintPage));
            }
        }
        for (int page = 1; page <= pageCount; page++) {
            if (!unnumbered.contains(page)) {
                pageNumber(marks, page);
            }
        }
        byte[] pdf = PdfCanvas.render(marks, pageCount, document.title());
        return new LaidOutDocument(pdf, pageCount, closing.seals());
    }

    // ---------------------------------------------------------------- 版头 and title

    /** Draws everything above the main addressees on page 1; returns the grid line where they start. */
    private int header(OfficialDocument document, List<Marks.Mark> marks) {
        return switch (document.format()) {
            case LETTER -> letterHeader(document, marks);
            case ORDINARY, UPWARD -> documentHeader(document, marks);
        };
    }

    private int documentHeader(OfficialDocument document, List<Marks.Mark> marks) {
        int line = 0;
        if (document.copyNumber() != null) {
            text(marks, 1, LEFT_MARGIN, baseline(line++), "%06d".formatted(document.copyNumber()), Face.FANGSONG);
        }
        if (document.urgency() != Urgency.NONE) {
            text(marks, 1, LEFT_MARGIN, baseline(line), document.urgency().label(), Face.HEITI);
        }
        double markTop = TOP_MARGIN + MARK_BELOW_TYPE_TOP;
        double markBottom = mark(marks, document.issuingOrganMark(), MARK_SIZE_PT, markTop);

        int numberLine = firstLineAtOrBelow(markBottom) + 2;
        if (document.format() == DocumentFormat.UPWARD) {
            numberLine = signers(marks, document.signers(), numberLine);
            text(marks, 1, LEFT_MARGIN + CHAR_PITCH, baseline(numberLine), document.documentNumber(), Face.FANGSONG);
        } else {
            centred(marks, 1, baseline(numberLine), document.documentNumber(), Face.FANGSONG, BODY_SIZE_PT);
        }
        double separator = lineTop(numberLine) + BODY_EM + SEPARATOR_BELOW_NUMBER;
        marks.add(new Marks.Rule(1, LEFT_MARGIN, TYPE_RIGHT, separator, SEPARATOR_THICKNESS, Marks.RED));
        return title(marks, document.title(), firstLineAtOrBelow(separator) + 2);
    }

    private int letterHeader(OfficialDocument document, List<Marks.Mark> marks) {
        double markBottom = mark(marks, document.issuingOrganMark(), LETTER_MARK_SIZE_PT, LETTER_MARK_TOP);
        double centre = LEFT_MARGIN + TYPE_WIDTH / 2;
        double x1 = centre - LETTER_RULE_LENGTH / 2;
        double x2 = centre + LETTER_RULE_LENGTH / 2;
        double top = markBottom + LETTER_RULE_BELOW_MARK;
        marks.add(new Marks.Rule(1, x1, x2, top + LETTER_THICK / 2, LETTER_THICK, Marks.RED));
        double thinBottom = top + LETTER_THICK + LETTER_RULE_GAP + LETTER_THIN;
        marks.add(new Marks.Rule(1, x1, x2, thinBottom - LETTER_THIN / 2, LETTER_THIN, Marks.RED));
        double bottom = PAGE_HEIGHT - LETTER_BOTTOM_RULE_ABOVE_PAGE_BOTTOM;
        marks.add(new Marks.Rule(1, x1, x2, bottom - LETTER_THICK / 2, LETTER_THICK, Marks.RED));
        marks.add(new Marks.Rule(1, x1, x2, bottom - LETTER_THICK - LETTER_RULE_GAP - LETTER_THIN / 2,
                LETTER_THIN, Marks.RED));

        // 份号、紧急程度 left and 发文字号 right, 7/8 of a 3号 character below the double line.
        double firstTop = thinBottom + BODY_EM * 7 / 8;
        double emTop = firstTop;
        if (document.copyNumber() != null) {
            text(marks, 1, LEFT_MARGIN, emTop + CJK_ASCENT * BODY_EM, "%06d".formatted(document.copyNumber()),
                    Face.FANGSONG);
            emTop += LINE_PITCH;
        }
        if (document.urgency() != Urgency.NONE) {
            text(marks, 1, LEFT_MARGIN, emTop + CJK_ASCENT * BODY_EM, document.urgency().label(), Face.HEITI);
            emTop += LINE_PITCH;
        }
        double numberWidth = LayoutFonts.width(Face.FANGSONG, document.documentNumber(), BODY_SIZE_PT);
        text(marks, 1, TYPE_RIGHT - numberWidth, firstTop + CJK_ASCENT * BODY_EM, document.documentNumber(),
                Face.FANGSONG);
        double lastBottom = Math.max(emTop - LINE_PITCH, firstTop) + BODY_EM;
        return title(marks, document.title(), firstLineAtOrBelow(lastBottom) + 2);
    }

    /** Draws the red issuing-organ mark centred with its top edge at {@code top}; returns its bottom edge. */
    private static double mark(List<Marks.Mark> marks, String mark, double sizePt, double top) {
        double width = LayoutFonts.width(Face.XIAOBIAOSONG, mark, sizePt);
        double scale = Math.min(1, TYPE_WIDTH / width);
        double em = mm(sizePt);
        marks.add(new Marks.Text(1, LEFT_MARGIN + (TYPE_WIDTH - width * scale) / 2, top + CJK_ASCENT * em, mark,
                Face.XIAOBIAOSONG, sizePt, Marks.RED, scale));
        return top + em;
    }

    /**
     * 签发人 on the right, one character in from the edge: "签发人：" in 仿宋 and the names in 楷体, two
     * names a line, continuation lines aligned with the first name (7.2.6). Returns the last line.
     */
    private static int signers(List<Marks.Mark> marks, List<String> signers, int firstLine) {
        List<String> names = signers.stream().filter(name -> !name.isBlank()).toList();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < names.size(); i += 2) {
            lines.add(i + 1 < names.size() ? names.get(i) + "\u3000" + names.get(i + 1) : names.get(i));
        }
        double widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, LayoutFonts.width(Face.KAITI, line, BODY_SIZE_PT));
        }
        String label = "签发人：";
        double namesLeft = TYPE_RIGHT - CHAR_PITCH - widest;
        text(marks, 1, namesLeft - LayoutFonts.width(Face.FANGSONG, label, BODY_SIZE_PT), baseline(firstLine), label,
                Face.FANGSONG);
        int line = firstLine;
        for (String names2 : lines) {
            text(marks, 1, namesLeft, baseline(line++), names2, Face.KAITI);
        }
        return line - 1;
    }

    /** The title in 2号小标宋, centred, one grid line a title line; returns the main addressees' line. */
    private static int title(List<Marks.Mark> marks, String title, int firstLine) {
        List<Line> lines = Typesetter.balance(Typesetter.units(title, Face.XIAOBIAOSONG, TITLE_SIZE_PT, 0), TYPE_WIDTH);
        int line = firstLine;
        for (Line titleLine : lines) {
            double baseline = lineTop(line++) + (BODY_EM - TITLE_EM) / 2 + CJK_ASCENT * TITLE_EM;
            double x = LEFT_MARGIN + (TYPE_WIDTH - titleLine.width()) / 2;
            for (Unit unit : titleLine.units()) {
                marks.add(new Marks.Text(1, x, baseline, unit.text(), unit.face(), TITLE_SIZE_PT, Marks.BLACK, 1));
                x += unit.width();
            }
        }
        return line + 1;
    }

    // ---------------------------------------------------------------- 主体 on the grid

    /** The lines that run on the grid: main addressees, body, attachment notes; null is a blank line. */
    private static List<Line> flow(OfficialDocument document) {
        List<Line> flow = new ArrayList<>();
        if (document.mainAddressees() != null && !document.mainAddressees().isBlank()) {
            String addressees = document.mainAddressees().strip();
            if (!addressees.endsWith("：") && !addressees.endsWith(":")) {
                addressees += "：";
            }
            flow.addAll(Typesetter.wrap(gridUnits(List.of(new Span(addressees, Face.FANGSONG))), TYPE_WIDTH, 0, 0,
                    true));
        }
        for (String paragraph : document.body()) {
            if (!paragraph.isBlank()) {
                flow.addAll(Typesetter.wrap(gridUnits(paragraphSpans(paragraph)), TYPE_WIDTH, 2 * CHAR_PITCH, 0, true));
            }
        }
        List<String> attachments = document.attachments().stream().filter(a -> !a.isBlank()).toList();
        if (!attachments.isEmpty()) {
            flow.add(null);
            String label = "附件：";
            double nameIndent = (2 + label.length()) * CHAR_PITCH;
            for (int i = 0; i < attachments.size(); i++) {
                String number = attachments.size() > 1 ? (i + 1) + "." : "";
                String text = (i == 0 ? label : "") + number + attachments.get(i);
                double numberWidth = LayoutFonts.width(Face.FANGSONG, number, BODY_SIZE_PT);
                flow.addAll(Typesetter.wrap(gridUnits(List.of(new Span(text, Face.FANGSONG))), TYPE_WIDTH,
                        i == 0 ? 2 * CHAR_PITCH : nameIndent, nameIndent + numberWidth, true));
            }
        }
        return flow;
    }

    private static List<Unit> gridUnits(List<Span> spans) {
        return Typesetter.units(spans, BODY_SIZE_PT, CHAR_PITCH);
    }

    /** 一、 headings in 黑体 and （一） headings in 楷体, up to their first 。 when text follows (7.3.3). */
    static List<Span> paragraphSpans(String paragraph) {
        Face heading = FIRST_LEVEL.matcher(paragraph).find() ? Face.HEITI
                : SECOND_LEVEL.matcher(paragraph).find() ? Face.KAITI : null;
        if (heading == null) {
            return List.of(new Span(paragraph, Face.FANGSONG));
        }
        int end = paragraph.indexOf('。');
        if (end < 0 || end == paragraph.length() - 1) {
            return List.of(new Span(paragraph, heading));
        }
        return List.of(new Span(paragraph.substring(0, end + 1), heading),
                new Span(paragraph.substring(end + 1), Face.FANGSONG));
    }

    private record Slot(int page, int line) {
    }

    /** Puts the flow's lines on pages: page 1 from {@code firstLine}, later pages from the top, 22 a page. */
    private static Slot[] paginate(List<Line> flow, int firstLine, Set<Integer> breakBefore) {
        Slot[] slots = new Slot[flow.size()];
        int page = 1;
        int line = firstLine;
        for (int i = 0; i < flow.size(); i++) {
            if (line > LAST_LINE || (breakBefore.contains(i) && line > 0)) {
                page++;
                line = 0;
            }
            if (flow.get(i) == null && line == 0 && page > 1) {
                continue;
            }
            slots[i] = new Slot(page, line++);
        }
        return slots;
    }

    /**
     * Moves the last two text lines to a new page so that the signature and seal fit below them; when
     * those are attachment notes, the body line before them goes too, so the page never starts with
     * the notes alone.
     */
    private static boolean moveLastLinesDown(List<Line> flow, Slot[] slots, Set<Integer> breakBefore) {
        int from = lastSlot(slots);
        int taken = 1;
        while (from > 0 && (taken < 2 || flow.get(from - 1) == null)) {
            from--;
            if (flow.get(from) != null) {
                taken++;
            }
        }
        if (slots[from] == null || slots[from].line() == 0 || breakBefore.contains(from)) {
            return false;
        }
        breakBefore.add(from);
        return true;
    }

    private static int lastSlot(Slot[] slots) {
        for (int i = slots.length - 1; i >= 0; i--) {
            if (slots[i] != null) {
                return i;
            }
        }
        throw new IllegalStateException("no body line");
    }

    private static void drawGridLine(List<Marks.Mark> marks, Line line, int page, int gridLine, double left) {
        double x = left + line.indent();
        double baseline = baseline(gridLine);
        for (Unit unit : line.units()) {
            marks.add(new Marks.Text(page, x, baseline, unit.text(), unit.face(), BODY_SIZE_PT, Marks.BLACK, 1));
            x += unit.width() + line.gap();
        }
    }

    // ---------------------------------------------------------------- 署名、成文日期、印章、附注

    private record Closing(List<Marks.Mark> marks, List<SealPlacement> seals, int page, double bottom,
            boolean fits) {
    }

    /**
     * The signing organ and the date below the last text line with a blank line between, the date 4
     * characters from the right and the organ centred over it, the seal centred over both with its top
     * within a line of the text above and the organ and date a little below its centre (7.3.5.1); then
     * the notes (附注) on the next lines, indented 2 characters (7.3.6).
     *
     * <p>A joint document (联合行文) puts the organs in rows of up to three, aligned to the right so that
     * the last organ stands over the date; each organ is centred under its seal, seals neither touch
     * nor leave the type area, rows are as far apart as a seal is high plus a gap.
     */
    private static Closing closing(OfficialDocument document, Slot[] slots) {
        Slot last = slots[lastSlot(slots)];
        int page = last.page();
        List<Marks.Mark> marks = new ArrayList<>();
        List<String> organs = document.signingOrgans();
        double diameter = document.sealDiameterMm();

        String date = chineseDate(document.date());
        double dateWidth = LayoutFonts.width(Face.FANGSONG, date, BODY_SIZE_PT);
        double dateRight = TYPE_RIGHT - DATE_RIGHT_INDENT_CHARS * CHAR_PITCH;
        double dateCentre = dateRight - dateWidth / 2;

        double widestOrgan = 0;
        for (String organ : organs) {
            widestOrgan = Math.max(widestOrgan, LayoutFonts.width(Face.FANGSONG, organ, BODY_SIZE_PT));
        }
        double column = Math.max(diameter + SEAL_GAP, widestOrgan + CHAR_PITCH);
        double halfWidest = Math.max(diameter, widestOrgan) / 2;
        int perRow = 1;
        while (perRow < Math.min(3, organs.size())
                && dateCentre - perRow * column - halfWidest >= LEFT_MARGIN - 1e-6) {
            perRow++;
        }
        int rows = (organs.size() + perRow - 1) / perRow;
        int rowLines = (int) Math.ceil((diameter + SEAL_GAP) / LINE_PITCH);

        List<SealPlacement> seals = new ArrayList<>();
        int firstOrganLine = last.line() + 2;
        double sealTop = 0;
        for (int i = 0; i < organs.size(); i++) {
            int row = i / perRow;
            int inRow = Math.min(perRow, organs.size() - row * perRow);
            int fromRight = inRow - 1 - (i - row * perRow);
            double centre = dateCentre - fromRight * column;
            int organLine = firstOrganLine + row * rowLines;
            String organ = organs.get(i);
            double organWidth = LayoutFonts.width(Face.FANGSONG, organ, BODY_SIZE_PT);
            double organLeft = Math.min(centre - organWidth / 2, TYPE_RIGHT - organWidth);
            text(marks, page, organLeft, baseline(organLine), organ, Face.FANGSONG);

            double signatureMiddle = (lineTop(organLine) + lineTop(organLine + 1) + BODY_EM) / 2;
            sealTop = Math.max(lineTop(organLine - 2) + BODY_EM + SEAL_BELOW_TEXT,
                    signatureMiddle - SEAL_CENTRE_ABOVE_SIGNATURE - diameter / 2);
            double sealLeft = Math.min(centre - diameter / 2, TYPE_RIGHT - diameter);
            seals.add(new SealPlacement(organ, page, new MmRectangle(sealLeft, sealTop, diameter, diameter)));
        }
        int dateLine = firstOrganLine + (rows - 1) * rowLines + 1;
        text(marks, page, dateRight - dateWidth, baseline(dateLine), date, Face.FANGSONG);

        int line = dateLine + 1;
        if (document.notes() != null && !document.notes().isBlank()) {
            List<Line> notes = Typesetter.wrap(gridUnits(List.of(new Span("（" + document.notes().strip() + "）",
                    Face.FANGSONG))), TYPE_WIDTH, 2 * CHAR_PITCH, 0, true);
            for (Line note : notes) {
                drawGridLine(marks, note, page, line++, LEFT_MARGIN);
            }
        }
        double bottom = Math.max(sealTop + diameter, lineTop(line - 1) + BODY_EM);
        boolean fits = line - 1 <= LAST_LINE && sealTop + diameter <= TYPE_BOTTOM + 1e-6;
        return new Closing(marks, seals, page, bottom, fits);
    }

    /** 成文日期 and 印发日期 with Arabic numerals, the year in full, no leading zeros (7.3.5.4). */
    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    // ---------------------------------------------------------------- 版记 and page numbers

    private record Imprint(List<Marks.Mark> marks, int bands) {
    }

    /**
     * 版记 at the bottom of the type area, drawn on page 0 and moved to its page later: 抄送 in 4号仿宋
     * one character in from each side, continuation lines aligned after the colon, a full stop at the
     * end (7.4.2); 印发机关 one character from the left and 印发日期 one from the right on the last band
     * (7.4.3); thick rules first and last, thin ones between, the last on the type area's bottom edge
     * (7.4.1). A letter has neither the printing line nor the rules (10.1).
     */
    private static Imprint imprint(OfficialDocument document) {
        boolean letter = document.format() == DocumentFormat.LETTER;
        List<Line> copied = List.of();
        List<String> names = document.copiedAddressees().stream().filter(n -> !n.isBlank()).toList();
        if (!names.isEmpty()) {
            String label = "抄送：";
            List<Unit> units = new ArrayList<>();
            units.add(Typesetter.word(label, Face.FANGSONG, SMALL_SIZE_PT));
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                String punctuation = i < names.size() - 1 ? "，" : name.endsWith("。") ? "" : "。";
                units.add(Typesetter.word(name + punctuation, Face.FANGSONG, SMALL_SIZE_PT));
            }
            double inner = TYPE_WIDTH - 2 * SMALL_EM;
            copied = Typesetter.wrap(units, inner, 0, units.get(0).width(), false);
        }
        int bands = copied.size() + (letter ? 0 : 1);
        if (bands == 0) {
            return new Imprint(List.of(), 0);
        }
        List<Marks.Mark> marks = new ArrayList<>();
        double top = TYPE_BOTTOM - bands * LINE_PITCH;
        double bandTop = top;
        for (Line line : copied) {
            double baseline = bandBaseline(bandTop);
            double x = LEFT_MARGIN + SMALL_EM + line.indent();
            for (Unit unit : line.units()) {
                marks.add(new Marks.Text(0, x, baseline, unit.text(), unit.face(), SMALL_SIZE_PT, Marks.BLACK, 1));
                x += unit.width();
            }
            bandTop += LINE_PITCH;
        }
        if (!letter) {
            double baseline = bandBaseline(bandTop);
            marks.add(new Marks.Text(0, LEFT_MARGIN + SMALL_EM, baseline, document.printingOrgan(), Face.FANGSONG,
                    SMALL_SIZE_PT, Marks.BLACK, 1));
            String printed = chineseDate(document.printingDate()) + "印发";
            double width = LayoutFonts.width(Face.FANGSONG, printed, SMALL_SIZE_PT);
            marks.add(new Marks.Text(0, TYPE_RIGHT - SMALL_EM - width, baseline, printed, Face.FANGSONG,
                    SMALL_SIZE_PT, Marks.BLACK, 1));
            marks.add(new Marks.Rule(0, LEFT_MARGIN, TYPE_RIGHT, top, IMPRINT_THICK, Marks.BLACK));
            if (!copied.isEmpty()) {
                marks.add(new Marks.Rule(0, LEFT_MARGIN, TYPE_RIGHT, bandTop, IMPRINT_THIN, Marks.BLACK));
            }
            marks.add(new Marks.Rule(0, LEFT_MARGIN, TYPE_RIGHT, TYPE_BOTTOM, IMPRINT_THICK, Marks.BLACK));
        }
        return new Imprint(marks, bands);
    }

    private static double bandBaseline(double bandTop) {
        return bandTop + (LINE_PITCH - SMALL_EM) / 2 + CJK_ASCENT * SMALL_EM;
    }

    private static Marks.Mark onPage(Marks.Mark mark, int page) {
        return switch (mark) {
            case Marks.Text t -> new Marks.Text(page, t.x(), t.baseline(), t.text(), t.face(), t.sizePt(), t.color(),
                    t.horizontalScale());
            case Marks.Rule r -> new Marks.Rule(page, r.x1(), r.x2(), r.y(), r.thickness(), r.color());
        };
    }

    /**
     * "— 7 —" in 4号宋体 with half-width numerals, the dashes 7 mm below the type area, odd pages one
     * character in from the right edge, even pages one in from the left (7.5).
     */
    private static void pageNumber(List<Marks.Mark> marks, int page) {
        String text = "\u2014 " + page + " \u2014";
        double width = LayoutFonts.width(Face.SONG, text, SMALL_SIZE_PT);
        double x = page % 2 == 1 ? TYPE_RIGHT - SMALL_EM - width : LEFT_MARGIN + SMALL_EM;
        int[] dash = LayoutFonts.of(Face.SONG).getCharBBox('\u2014');
        double dashMiddle = dash == null ? 0.3 * SMALL_EM : (dash[1] + dash[3]) / 2000.0 * SMALL_EM;
        double baseline = TYPE_BOTTOM + PAGE_NUMBER_BELOW_TYPE + dashMiddle;
        marks.add(new Marks.Text(page, x, baseline, text, Face.SONG, SMALL_SIZE_PT, Marks.BLACK, 1));
    }

    // ---------------------------------------------------------------- helpers

    private static double baseline(int gridLine) {
        return lineTop(gridLine) + CJK_ASCENT * BODY_EM;
    }

    private static void text(List<Marks.Mark> marks, int page, double x, double baseline, String text, Face face) {
        marks.add(new Marks.Text(page, x, baseline, text, face, BODY_SIZE_PT, Marks.BLACK, 1));
    }

    private static void centred(List<Marks.Mark> marks, int page, double baseline, String text, Face face,
            double sizePt) {
        double width = LayoutFonts.width(face, text, sizePt);
        marks.add(new Marks.Text(page, LEFT_MARGIN + (TYPE_WIDTH - width) / 2, baseline, text, face, sizePt,
                Marks.BLACK, 1));
    }
}
