package cn.xietong.signing.pdf;

/** Unit conversions between millimetres and PDF points. */
final class PdfUnits {

    static final double POINTS_PER_MM = 72.0 / 25.4;

    private PdfUnits() {
    }

    static double toMm(double points) {
        return points / POINTS_PER_MM;
    }
}
