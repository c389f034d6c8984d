package cn.xietong.signing.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

import cn.xietong.signing.pdf.PdfSealingException.Reason;
import cn.xietong.signing.seal.SealPicture;
import cn.xietong.signing.seal.SesSeal;

/**
 * The visible part of a seal: a PNG picture (transparency kept) and its printed size in millimetres.
 * The picture is decoded and compressed once, here; each sealed PDF then receives the ready
 * image streams, so one stamp can be reused for any number of documents. Immutable, thread-safe.
 */
public final class SealStamp {

    /** The largest picture side we accept, in pixels (a seal picture is a few hundred pixels). */
    static final int MAX_PIXELS_PER_SIDE = 4096;

    private final double widthMm;
    private final double heightMm;
    private final int pixelWidth;
    private final int pixelHeight;
    private final byte[] deflatedRgb;
    private final byte[] deflatedAlpha; // null when the picture is fully opaque

    private SealStamp(double widthMm, double heightMm, int pixelWidth, int pixelHeight,
                      byte[] deflatedRgb, byte[] deflatedAlpha) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.pixelWidth = pixelWidth;
        this.pixelHeight = pixelHeight;
        this.deflatedRgb = deflatedRgb;
        this.deflatedAlpha = deflatedAlpha;
    }

    /**
     * A stamp from PNG bytes printed at the given size.
     *
     * @throws PdfSealingException {@link Reason#INVALID_SEAL_PICTURE} if the bytes are not a PNG
     *         picture or a size is not a positive number
     */
    public static SealStamp fromPng(byte[] png, double widthMm, double heightMm) {
        if (!(widthMm > 0 && heightMm > 0 && widthMm < 1000 && heightMm < 1000)) {
            throw new PdfSealingException(Reason.INVALID_SEAL_PICTURE,
                    "the seal picture's size must be positive millimetres below 1000, not " + widthMm + " x " + heightMm);
        }
        if (png == null || png.length < 8 || !isPng(png)) {
            throw new PdfSealingException(Reason.INVALID_SEAL_PICTURE, "the seal picture is not a PNG file");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException | RuntimeException e) {
            throw new PdfSealingException(Reason.INVALID_SEAL_PICTURE, "the seal picture cannot be decoded: " + e.getMessage(), e);
        }
        if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
            throw new PdfSealingException(Reason.INVALID_SEAL_PICTURE, "the seal picture cannot be decoded");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        if (w > MAX_PIXELS_PER_SIDE || h > MAX_PIXELS_PER_SIDE) {
            throw new PdfSealingException(Reason.INVALID_SEAL_PICTURE,
                    "the seal picture has " + w + " x " + h + " pixels; at most " + MAX_PIXELS_PER_SIDE + " per side");
        }
        byte[] rgb = new byte[w * h * 3];
        byte[] alpha = new byte[w * h];
        boolean opaque = true;
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                int i = y * w + x;
                rgb[3 * i] = (byte) (argb >>> 16);
                rgb[3 * i + 1] = (byte) (argb >>> 8);
                rgb[3 * i + 2] = (byte) argb;
                alpha[i] = (byte) (argb >>> 24);
                opaque &= (argb >>> 24) == 0xFF;
            }
        }
        return new SealStamp(widthMm, heightMm, w, h, deflate(rgb), opaque ? null : deflate(alpha));
    }

    /**
     * The stamp of a GB/T 38540 seal: its picture, which must be a PNG, at the seal's size.
     *
     * @throws PdfSealingException {@link Reason#INVALID_SEAL_PICTURE} if the picture is not a usable PNG
     */
    public static SealStamp fromSeal(SesSeal seal) {
        SealPicture picture = seal.picture();
        if (picture == null || !"PNG".equalsIgnoreCase(picture.type())) {
            throw new PdfSealingException(Reason.INVALID_SEAL_PICTURE, "the seal '" + seal.name() + "' has a "
                    + (picture == null ? "missing" : picture.type()) + " picture; only PNG pictures can be stamped on PDFs");
        }
        return fromPng(picture.data(), picture.widthMm(), picture.heightMm());
    }

    private static boolean isPng(byte[] b) {
        return (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static byte[] deflate(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, deflater)) {
            z.write(raw);
        } catch (IOException e) {
            throw new IllegalStateException("deflating in memory failed", e);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    /** Printed width in millimetres. */
    public double widthMm() {
        return widthMm;
    }

    /** Printed height in millimetres. */
    public double heightMm() {
        return heightMm;
    }

    /** Width in PDF points (1/72 inch). */
    float widthPt() {
        return (float) (widthMm * PdfUnits.POINTS_PER_MM);
    }

    /** Height in PDF points. */
    float heightPt() {
        return (float) (heightMm * PdfUnits.POINTS_PER_MM);
    }

    /** Whether the picture has transparent pixels (then it carries a soft mask). */
    public boolean transparent() {
        return deflatedAlpha != null;
    }

    /** Creates the image XObject (with its soft mask) in {@code doc} from the prepared data. */
    COSStream imageStream(PDDocument doc) throws IOException {
        COSStream image = stream(doc, deflatedRgb, COSName.DEVICERGB);
        if (deflatedAlpha != null) {
            image.setItem(COSName.SMASK, stream(doc, deflatedAlpha, COSName.DEVICEGRAY));
        }
        return image;
    }

    private COSStream stream(PDDocument doc, byte[] deflated, COSName colourSpace) throws IOException {
        COSStream s = doc.getDocument().createCOSStream();
        s.setItem(COSName.TYPE, COSName.XOBJECT);
        s.setItem(COSName.SUBTYPE, COSName.IMAGE);
        s.setInt(COSName.WIDTH, pixelWidth);
        s.setInt(COSName.HEIGHT, pixelHeight);
        s.setInt(COSName.BITS_PER_COMPONENT, 8);
        s.setItem(COSName.COLORSPACE, colourSpace);
        s.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        try (OutputStream raw = s.createRawOutputStream()) {
            raw.write(deflated);
        }
        return s;
    }

    @Override
    public String toString() {
        return "SealStamp[" + pixelWidth + "x" + pixelHeight + " px, " + widthMm + "x" + heightMm + " mm"
                + (transparent() ? ", transparent" : "") + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SealStamp s && s.widthMm == widthMm && s.heightMm == heightMm
                && Arrays.equals(s.deflatedRgb, deflatedRgb) && Arrays.equals(s.deflatedAlpha, deflatedAlpha);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(deflatedRgb) * 31 + Double.hashCode(widthMm);
    }
}
