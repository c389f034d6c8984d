package cn.xietong.document.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The layout's fonts, read once from the class path and shared: an OpenPDF {@link BaseFont} only
 * reads the font, and each PDF embeds the subset of glyphs it uses.
 */
final class LayoutFonts {

    private static final Map<String, BaseFont> LOADED = new ConcurrentHashMap<>();

    private LayoutFonts() {
    }

    static BaseFont of(Face face) {
        return LOADED.computeIfAbsent(face.file(), LayoutFonts::load);
    }

    /** The advance width of a character in millimetres. */
    static double advance(Face face, int codePoint, double sizePt) {
        return PageGeometry.mm(of(face).getWidthPoint(codePoint, (float) sizePt));
    }

    /** The width of a string set without extra spacing, in millimetres. */
    static double width(Face face, String text, double sizePt) {
        return PageGeometry.mm(of(face).getWidthPoint(text, (float) sizePt));
    }

    private static BaseFont load(String file) {
        try (InputStream in = LayoutFonts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("排版字体缺失：类路径上没有 " + file
                        + "（构建时由 ejb/build/fetch-layout-fonts.sh 取得）");
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(file.substring(file.lastIndexOf('/') + 1), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException("排版字体读取失败：" + file, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("排版字体无法使用：" + file, e);
        }
    }
}
