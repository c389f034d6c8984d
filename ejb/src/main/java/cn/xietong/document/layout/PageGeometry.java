package cn.xietong.document.layout;

/**
 * The page of GB/T 9704-2012 in millimetres from the page's top-left corner, and the body grid that
 * follows from it. Each number names the clause it comes from; docs/layout.md explains the choices.
 */
public final class PageGeometry {

    /** A4, 5.1. */
    public static final double PAGE_WIDTH = 210;
    public static final double PAGE_HEIGHT = 297;
    /** 天头 37 mm ± 1, 5.2.1. */
    public static final double TOP_MARGIN = 37;
    /** 订口 28 mm ± 1, 5.2.1. */
    public static final double LEFT_MARGIN = 28;
    /** 版心 156 mm × 225 mm, 5.2.1. */
    public static final double TYPE_WIDTH = 156;
    public static final double TYPE_HEIGHT = 225;
    public static final double TYPE_RIGHT = LEFT_MARGIN + TYPE_WIDTH;
    public static final double TYPE_BOTTOM = TOP_MARGIN + TYPE_HEIGHT;

    /** 22 lines of 28 characters that fill the type area (撑满版心), 5.2.3. */
    public static final int LINES_PER_PAGE = 22;
    public static final int CHARS_PER_LINE = 28;

    /** 3号 = 16 pt, the size of every element without a size of its own, 5.2.2. */
    public static final double BODY_SIZE_PT = 16;
    /** 4号 = 14 pt: page numbers (7.5) and the imprint (7.4). */
    public static final double SMALL_SIZE_PT = 14;
    /** 2号 = 22 pt: the title (7.3.1). */
    public static final double TITLE_SIZE_PT = 22;

    /** Height and width of a 3号 character's em box in millimetres. */
    public static final double BODY_EM = mm(BODY_SIZE_PT);

    /**
     * Distance between the left edges of neighbouring body characters: the 1st character starts at
     * the binding margin and the 28th ends at the type area's right edge.
     */
    public static final double CHAR_PITCH = (TYPE_WIDTH - BODY_EM) / (CHARS_PER_LINE - 1);

    /**
     * Distance between neighbouring body lines: the 1st line's em box starts at the type area's top
     * and the 22nd line's ends at its bottom (the standard's 行 of 1 + 7/8 character heights, 3.2,
     * would be 30 pt; 22 of them would overflow the 225 mm by 2.9 mm, so the pitch is 29.6 pt).
     */
    public static final double LINE_PITCH = (TYPE_HEIGHT - BODY_EM) / (LINES_PER_PAGE - 1);

    /**
     * Where a CJK glyph's em box sits relative to the baseline: the ideographic em box of the Noto CJK
     * faces spans -0.12 em to 0.88 em.
     */
    public static final double CJK_ASCENT = 0.88;
    public static final double CJK_DESCENT = 0.12;

    private PageGeometry() {
    }

    /** Top of the em box of body line {@code line} (0 to 21) of a page. */
    public static double lineTop(int line) {
        return TOP_MARGIN + line * LINE_PITCH;
    }

    /** The first body line whose em box starts at or below {@code y}. */
    public static int firstLineAtOrBelow(double y) {
        return (int) Math.ceil((y - TOP_MARGIN) / LINE_PITCH - 1e-9);
    }

    /** Points to millimetres. */
    public static double mm(double points) {
        return points * 25.4 / 72;
    }

    /** Millimetres to points. */
    public static double pt(double millimetres) {
        return millimetres * 72 / 25.4;
    }
}
