package cn.xietong.signing.seal.picture;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

import javax.imageio.ImageIO;

import cn.xietong.signing.seal.SealPicture;

/**
 * Draws the round red official seal (公章) as a transparent PNG: a red ring, the unit name along the upper arc
 * (left to right, letters upright towards the rim), a five-pointed star in the centre and the purpose text
 * (e.g. 公文专用章) in a straight line below. Proportions follow common practice for a 42 mm government seal:
 * ring 1.2 mm, star 14 mm across, name letters about 6.2 mm high and narrowed.
 *
 * <p>Font: Noto Serif SC Bold (SIL Open Font License 1.1), shipped in this module's jar by the build (from the
 * npm package {@code @expo-google-fonts/noto-serif-sc}); never a font of the operating system. Headless-safe;
 * thread-safe.
 */
public final class RoundSealRenderer {

    /** Diameter of a standard government seal, in mm. */
    public static final int DEFAULT_DIAMETER_MM = 42;
    /** Default resolution. */
    public static final int DEFAULT_DPI = 300;
    /** Seal red. */
    public static final Color SEAL_RED = new Color(0xE0, 0x12, 0x1B);

    static final String FONT_RESOURCE = "/cn/xietong/signing/seal/picture/NotoSerifSC-Bold.ttf";

    private final int diameterMm;
    private final int dpi;
    private final Color color;

    public RoundSealRenderer() {
        this(DEFAULT_DIAMETER_MM, DEFAULT_DPI, SEAL_RED);
    }

    public RoundSealRenderer(int diameterMm, int dpi, Color color) {
        if (diameterMm < 20 || diameterMm > 100) {
            throw new IllegalArgumentException("a round seal is 20 to 100 mm across, not " + diameterMm);
        }
        if (dpi < 72 || dpi > 1200) {
            throw new IllegalArgumentException("resolution must be 72 to 1200 dpi");
        }
        this.diameterMm = diameterMm;
        this.dpi = dpi;
        this.color = Objects.requireNonNull(color, "color");
    }

    /** The seal as a transparent image. */
    public BufferedImage render(String unitName, String purpose) {
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(purpose, "purpose");
        String name = unitName.strip();
        if (name.isEmpty() || name.codePointCount(0, name.length()) > 40) {
            throw new IllegalArgumentException("the unit name must have 1 to 40 characters");
        }
        Font base = font();
        int bad = base.canDisplayUpTo(name + purpose);
        if (bad >= 0) {
            throw new IllegalArgumentException("the seal font cannot draw '" + (name + purpose).charAt(bad) + "'");
        }
        double pxPerMm = dpi / 25.4;
        int size = (int) Math.ceil(diameterMm * pxPerMm) + 2;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(color);
            double scale = diameterMm / 42.0 * pxPerMm; // px per "42 mm seal" mm
            double c = size / 2.0;
            double outer = diameterMm * pxPerMm / 2.0;
            double ring = 1.2 * scale;

            g.setStroke(new BasicStroke((float) ring));
            g.draw(new Ellipse2D.Double(c - outer + ring / 2, c - outer + ring / 2, 2 * outer - ring, 2 * outer - ring));

            g.fill(star(c, c, 7.0 * scale));

            drawArcText(g, base, name, c, outer - ring - 0.9 * scale, 6.2 * scale);

            if (!purpose.isBlank()) {
                drawCentred(g, base, purpose.strip(), c, c + 11.5 * scale, 4.4 * scale, 2 * (outer - ring) * 0.55);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The seal as PNG bytes. */
    public byte[] renderPng(String unitName, String purpose) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(render(unitName, purpose), "PNG", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The seal as a {@link SealPicture}: PNG, width and height the diameter in mm. */
    public SealPicture picture(String unitName, String purpose) {
        return SealPicture.png(renderPng(unitName, purpose), diameterMm, diameterMm);
    }

    /** Letters along the upper arc; {@code top} is the radius of the letters' outer edge. */
    private static void drawArcText(Graphics2D g, Font base, String text, double c, double top, double height) {
        int[] cps = text.codePoints().toArray();
        int n = cps.length;
        FontRenderContext frc = g.getFontRenderContext();
        double width = 0.8 * height;                        // letters are drawn narrowed, as on real seals
        double natural = width * 1.18 / (top - height / 2); // angle one letter and its gap need
        double maxSpan = Math.toRadians(n > 12 ? 240 : 225);
        double step = n == 1 ? 0 : Math.min(natural, maxSpan / (n - 1));
        double ratio = n == 1 ? 1.0 : step / natural;       // < 1 when the name is long
        double h = height * Math.max(0.8, Math.min(1.0, ratio * 1.25)); // long names: a little lower ...
        double mid = top - h / 2;                            // radius through the letters' centres
        double sx = 0.8 * ratio * height / h;                // ... and narrower
        Font letters = base.deriveFont((float) h).deriveFont(AffineTransform.getScaleInstance(Math.max(sx, 0.3), 1.0));
        double start = -step * (n - 1) / 2;
        for (int i = 0; i < n; i++) {
            String ch = new String(Character.toChars(cps[i]));
            GlyphVector gv = letters.createGlyphVector(frc, ch);
            Rectangle2D b = gv.getVisualBounds();
            double theta = start + i * step;
            AffineTransform at = new AffineTransform();
            at.translate(c, c);
            at.rotate(theta);
            at.translate(-b.getCenterX(), -mid - b.getCenterY());
            Shape s = at.createTransformedShape(gv.getOutline());
            g.fill(s);
        }
    }

    private static void drawCentred(Graphics2D g, Font base, String text, double cx, double cy, double height,
            double maxWidth) {
        Font f = base.deriveFont((float) height);
        GlyphVector gv = f.createGlyphVector(g.getFontRenderContext(), text);
        Rectangle2D b = gv.getVisualBounds();
        double sx = Math.min(1.0, maxWidth / b.getWidth());
        AffineTransform at = new AffineTransform();
        at.translate(cx, cy);
        at.scale(sx, 1.0);
        at.translate(-b.getCenterX(), -b.getCenterY());
        g.fill(at.createTransformedShape(gv.getOutline()));
    }

    private static Shape star(double cx, double cy, double r) {
        Path2D p = new Path2D.Double();
        double inner = r * 0.381966; // regular pentagram
        for (int i = 0; i < 10; i++) {
            double rad = i % 2 == 0 ? r : inner;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double x = cx + rad * Math.cos(a);
            double y = cy + rad * Math.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }

    private static volatile Font font;

    /** The shipped seal font (loaded once). */
    static Font font() {
        Font f = font;
        if (f == null) {
            synchronized (RoundSealRenderer.class) {
                f = font;
                if (f == null) {
                    try (InputStream in = RoundSealRenderer.class.getResourceAsStream(FONT_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("the seal font " + FONT_RESOURCE + " is not on the class path;"
                                    + " build the signing module with Maven, which fetches it (build/fetch-seal-font.sh)");
                        }
                        f = Font.createFont(Font.TRUETYPE_FONT, in);
                        font = f;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (FontFormatException e) {
                        throw new IllegalStateException("the seal font is damaged", e);
                    }
                }
            }
        }
        return f;
    }
}
