package cn.xietong.signing.seal.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import cn.xietong.signing.seal.SealPicture;

class RoundSealRendererTest {

    @Test
    void officialSealIsATransparentRedPngOfTheStandardSize() throws Exception {
        SealPicture p = new RoundSealRenderer().picture("深圳市人民政府办公厅", "公文专用章");
        assertEquals("PNG", p.type());
        assertEquals(42, p.widthMm());
        p.requireAcceptableForNewSeal();
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(p.data()));
        assertTrue(img.getColorModel().hasAlpha());
        int w = img.getWidth();
        assertTrue(Math.abs(w - Math.round(42 * 300 / 25.4)) <= 3, "width " + w);
        assertEquals(0, img.getRGB(0, 0) >>> 24, "corners are transparent");
        int centre = img.getRGB(w / 2, w / 2);
        assertEquals(0xFF, centre >>> 24, "the star fills the centre");
        assertTrue(((centre >> 16) & 0xff) > 200 && ((centre >> 8) & 0xff) < 60, "the star is red");
        String out = System.getProperty("seal.sample.out");
        if (out != null) {
            Files.write(Path.of(out), p.data());
        }
    }

    @Test
    void longUnitNamesStillFitOnTheArc() throws Exception {
        RoundSealRenderer r = new RoundSealRenderer();
        byte[] png = r.renderPng("中国共产党深圳市南山区委员会机构编制委员会办公室", "公文专用章");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        int w = img.getWidth();
        // the bottom of the seal, below the purpose text, stays clear of the name
        assertEquals(0, img.getRGB(w / 2, (int) (w * 0.90)) >>> 24);
        String out = System.getProperty("seal.long.out");
        if (out != null) {
            Files.write(Path.of(out), png);
        }
    }

    @Test
    void aCharacterTheFontLacksIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new RoundSealRenderer().render("单位\uD83D\uDE00", "公文专用章"));
    }
}
