package cn.xietong.document.layout;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check: writes the sample PDF and the pictures in docs/images and times a 10-page document.
 * Run with -Dxietong.layout.samples=/path/to/docs/images.
 */
@EnabledIfSystemProperty(named = "xietong.layout.samples", matches = ".+")
class LayoutSamples {

    @Test
    void writeSamplesAndTime() throws Exception {
        Path folder = Path.of(System.getProperty("xietong.layout.samples"));
        Files.createDirectories(folder);
        OfficialDocumentLayout layout = new OfficialDocumentLayout();
        LaidOutDocument notice = layout.layOut(Documents.aNotice().build());
        Files.write(folder.resolve("layout-sample.pdf.tmp"), notice.pdf());
        try (PDDocument pdf = Loader.loadPDF(notice.pdf())) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            write(renderer.renderImageWithDPI(0, 100), folder.resolve("layout-sample-page1.png"));
            write(renderer.renderImageWithDPI(pdf.getNumberOfPages() - 1, 100), folder.resolve("layout-sample-last.png"));
        }
        for (var entry : List.of(Documents.aRequest(), Documents.aLetter())) {
            var doc = entry.build();
            LaidOutDocument laid = layout.layOut(doc);
            try (PDDocument pdf = Loader.loadPDF(laid.pdf())) {
                write(new PDFRenderer(pdf).renderImageWithDPI(0, 100),
                        folder.resolve("layout-" + doc.format().name().toLowerCase() + "-page1.png.tmp"));
            }
        }

        List<String> tenPages = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tenPages.addAll(Documents.NOTICE_BODY);
        }
        OfficialDocument longNotice = Documents.aNotice().body(tenPages).build();
        System.out.println("pages: " + layout.layOut(longNotice).pageCount());
        for (int round = 0; round < 3; round++) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                long start = System.nanoTime();
                layout.layOut(longNotice);
                times.add((System.nanoTime() - start) / 1_000_000);
            }
            Collections.sort(times);
            System.out.println("round " + round + " median ms: " + times.get(times.size() / 2) + " all: " + times);
        }
    }

    private static void write(BufferedImage image, Path file) throws Exception {
        ImageIO.write(image, "png", file.toFile());
    }
}
