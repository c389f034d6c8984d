package cn.xietong.document.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines: full-width characters take one grid cell each, runs of half-width
 * characters (digits, Latin) their natural width, and a line never starts with closing punctuation
 * nor ends with opening punctuation (避头尾); the character before such punctuation moves down with it
 * and the shortened line is spread to the full width.
 */
final class Typesetter {

    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’…—·%‰,.;:?!)]}";
    private static final String NO_LINE_END = "（《「『【〔〈“‘([{";

    /** A piece of text that is never split: one full-width character or a run of half-width ones. */
    record Unit(String text, Face face, double width, boolean fullWidth) {
        boolean mayNotStartLine() {
            return NO_LINE_START.indexOf(text.charAt(0)) >= 0;
        }

        boolean mayNotEndLine() {
            return NO_LINE_END.indexOf(text.charAt(text.length() - 1)) >= 0;
        }
    }

    /** One line: its units, its indent from the line's left edge and the extra space between units. */
    record Line(List<Unit> units, double indent, double gap) {
        String text() {
            StringBuilder text = new StringBuilder();
            units.forEach(unit -> text.append(unit.text()));
            return text.toString();
        }

        double width() {
            double width = 0;
            for (Unit unit : units) {
                width += unit.width();
            }
            return width + gap * Math.max(0, units.size() - 1);
        }
    }

    /** Text in one face. */
    record Span(String text, Face face) {
    }

    private Typesetter() {
    }

    /**
     * Cuts spans into units. A full-width character is {@code cell} wide (the grid pitch), or its
     * natural width when {@code cell} is 0.
     */
    static List<Unit> units(List<Span> spans, double sizePt, double cell) {
        List<Unit> units = new ArrayList<>();
        for (Span span : spans) {
            StringBuilder run = new StringBuilder();
            double runWidth = 0;
            String text = span.text();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                double advance = LayoutFonts.advance(span.face(), cp, sizePt);
                boolean full = advance >= 0.75 * PageGeometry.mm(sizePt);
                if (full) {
                    if (!run.isEmpty()) {
                        units.add(new Unit(run.toString(), span.face(), runWidth, false));
                        run.setLength(0);
                        runWidth = 0;
                    }
                    units.add(new Unit(Character.toString(cp), span.face(), cell > 0 ? cell : advance, true));
                } else {
                    run.appendCodePoint(cp);
                    runWidth += advance;
                }
            }
            if (!run.isEmpty()) {
                units.add(new Unit(run.toString(), span.face(), runWidth, false));
            }
        }
        return units;
    }

    /** A word that is never split, at its natural width (an organ's name in the imprint). */
    static Unit word(String text, Face face, double sizePt) {
        return new Unit(text, face, LayoutFonts.width(face, text, sizePt), false);
    }

    static List<Unit> units(String text, Face face, double sizePt, double cell) {
        return units(List.of(new Span(text, face)), sizePt, cell);
    }

    /**
     * Breaks units into lines of {@code width}, the first indented by {@code firstIndent}, the others
     * by {@code restIndent}. Every line but the last is spread to the full width when {@code justify}.
     */
    static List<Line> wrap(List<Unit> units, double width, double firstIndent, double restIndent, boolean justify) {
        List<Line> lines = new ArrayList<>();
        int i = 0;
        while (i < units.size()) {
            double indent = lines.isEmpty() ? firstIndent : restIndent;
            double room = width - indent;
            double used = 0;
            int j = i;
            while (j < units.size() && used + units.get(j).width() <= room + 1e-6) {
                used += units.get(j).width();
                j++;
            }
            if (j == i) {
                j = i + 1;
            }
            if (j < units.size()) {
                while (j - i > 2 && units.get(j).mayNotStartLine()) {
                    j--;
                }
                while (j - i > 2 && units.get(j - 1).mayNotEndLine()) {
                    j--;
                }
            }
            List<Unit> lineUnits = List.copyOf(units.subList(i, j));
            double gap = 0;
            if (justify && j < units.size() && lineUnits.size() > 1) {
                double natural = 0;
                for (Unit unit : lineUnits) {
                    natural += unit.width();
                }
                gap = Math.max(0, (room - natural) / (lineUnits.size() - 1));
            }
            lines.add(new Line(lineUnits, indent, gap));
            i = j;
        }
        return lines;
    }

    /**
     * Breaks a title into lines of about equal length, none wider than {@code width} (标题回行时排列对称,
     * 7.3.1): as few lines as fit, each filled to about the average length.
     */
    static List<Line> balance(List<Unit> units, double width) {
        double total = 0;
        for (Unit unit : units) {
            total += unit.width();
        }
        for (int count = Math.max(1, (int) Math.ceil(total / width - 1e-9)); ; count++) {
            double target = total / count;
            List<Line> lines = new ArrayList<>();
            int i = 0;
            for (int n = 0; n < count && i < units.size(); n++) {
                boolean last = n == count - 1;
                double used = 0;
                int j = i;
                while (j < units.size()) {
                    double w = units.get(j).width();
                    if (used + w > width + 1e-6 || (!last && used + w / 2 > target)) {
                        break;
                    }
                    used += w;
                    j++;
                }
                if (j == i) {
                    j = i + 1;
                }
                if (j < units.size() && units.get(j).mayNotStartLine() && used + units.get(j).width() <= width + 1e-6) {
                    j++;
                }
                while (j < units.size() && j - i > 2 && units.get(j).mayNotStartLine()) {
                    j--;
                }
                if (j < units.size() && j - i > 2 && !units.get(j - 1).fullWidth()) {
                    j--; // keep a number with the word after it: 2026年, not 2026 | 年
                }
                lines.add(new Line(List.copyOf(units.subList(i, j)), 0, 0));
                i = j;
            }
            if (i >= units.size()) {
                return lines;
            }
        }
    }
}
