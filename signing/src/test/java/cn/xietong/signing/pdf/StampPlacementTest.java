package cn.xietong.signing.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stamp is drawn where it was asked for, measured from the top-left of the page as displayed. */
class StampPlacementTest {

    private static final float DPI = 50;
    private final Seals seals = new Seals();

    @ParameterizedTest(name = "page rotated {0}°")
    @ValueSource(ints = {0, 90, 180, 270})
    void stampAppearsAtTheRequestedPositionAndSize(int rotation) throws IOException {
        byte[] pdf = TestPdfs.textPages(2, rotation);
        byte[] sealed = new PdfSealer().seal(pdf, seals.cityOffice.at(2, 30, 50).build(), seals.cityOffice.key());

        double[] box = redBoundingBoxMm(sealed, 1);

        // The ring's outer edge is 3 px inside the 200 px picture: 0.63 mm inside a 42 mm stamp.
        double inset = 3 * 42.0 / 200;
        assertEquals(30 + inset, box[0], 1.2, "left");
        assertEquals(50 + inset, box[1], 1.2, "top");
        assertEquals(42 - 2 * inset, box[2] - box[0], 1.2, "width");
        assertEquals(42 - 2 * inset, box[3] - box[1], 1.2, "height");
    }

    /** [left, top, right, bottom] in mm of the strongly red pixels of the rendered page. */
    private static double[] redBoundingBoxMm(byte[] pdf, int pageIndex) throws IOException {
        BufferedImage img;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            img = new PDFRenderer(doc).renderImageWithDPI(pageIndex, DPI);
        }
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
                if (r > 180 && g < 90 && b < 90) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        double mmPerPixel = 25.4 / DPI;
        return new double[] {minX * mmPerPixel, minY * mmPerPixel, (maxX + 1) * mmPerPixel, (maxY + 1) * mmPerPixel};
    }
}
