package cn.xietong.document.layout;

import java.awt.Color;

/**
 * What the layout draws, in millimetres from the page's top-left corner, before it becomes PDF:
 * text at a baseline, and horizontal rules.
 */
final class Marks {

    /** 红色: screen red for the header (the standard's printing ink is Y80% M80%, 6.2). */
    static final Color RED = new Color(230, 0, 0);
    static final Color BLACK = Color.BLACK;

    private Marks() {
    }

    sealed interface Mark permits Text, Rule {
        int page();
    }

    /**
     * Text starting at {@code x} on {@code baseline}. {@code horizontalScale} below 1 narrows the
     * glyphs (the issuing-organ mark when it is wider than the type area).
     */
    record Text(int page, double x, double baseline, String text, Face face, double sizePt, Color color,
            double horizontalScale) implements Mark {
    }

    /** A horizontal rule from {@code x1} to {@code x2}, centred on {@code y}, {@code thickness} high. */
    record Rule(int page, double x1, double x2, double y, double thickness, Color color) implements Mark {
    }
}
