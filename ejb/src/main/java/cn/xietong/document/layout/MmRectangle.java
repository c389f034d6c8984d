package cn.xietong.document.layout;

/**
 * A rectangle on an A4 page in millimetres, measured from the page's top-left corner (y grows down),
 * which is how GB/T 9704-2012 states its distances.
 */
public record MmRectangle(double left, double top, double width, double height) {

    private static final double POINTS_PER_MM = 72 / 25.4;

    public double right() {
        return left + width;
    }

    public double bottom() {
        return top + height;
    }

    public double centreX() {
        return left + width / 2;
    }

    public double centreY() {
        return top + height / 2;
    }

    /**
     * The same rectangle in PDF user space (points, origin at the bottom-left of the A4 page):
     * {lower-left x, lower-left y, upper-right x, upper-right y}.
     */
    public float[] toPdfPoints() {
        return new float[] {
            (float) (left * POINTS_PER_MM),
            (float) ((PageGeometry.PAGE_HEIGHT - bottom()) * POINTS_PER_MM),
            (float) (right() * POINTS_PER_MM),
            (float) ((PageGeometry.PAGE_HEIGHT - top) * POINTS_PER_MM)
        };
    }
}
