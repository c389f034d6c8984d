package cn.xietong.signing.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Seal pictures drawn for tests: a red ring with a star on a transparent background. */
public final class TestStamps {

    private TestStamps() {
    }

    /** A 200 x 200 pixel transparent PNG of a round red seal. */
    public static byte[] redSealPng() {
        BufferedImage img = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(220, 20, 20));
            g.setStroke(new BasicStroke(10));
            g.drawOval(8, 8, 184, 184);
            int[] xs = new int[10];
            int[] ys = new int[10];
            for (int i = 0; i < 10; i++) {
                double r = i % 2 == 0 ? 40 : 16;
                double a = Math.PI / 2 + i * Math.PI / 5;
                xs[i] = (int) Math.round(100 + r * Math.cos(a));
                ys[i] = (int) Math.round(100 - r * Math.sin(a));
            }
            g.fillPolygon(xs, ys, 10);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The red seal printed 42 mm wide, the usual size of a unit's official seal. */
    public static SealStamp redSeal() {
        return SealStamp.fromPng(redSealPng(), 42, 42);
    }
}
