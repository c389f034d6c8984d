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
        measure(notice);
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
                        folder.resolve("layout-" + doc.format().name().toLowerCase() + "-page1.png"));
            }
        }

        LaidOutDocument joint = layout.layOut(Documents.aNotice()
                .signingOrgans("某市应急管理局", "某市公安局", "某市消防救援支队").build());
        try (PDDocument pdf = Loader.loadPDF(joint.pdf())) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(joint.seal().page() - 1, 100);
            var graphics = page.createGraphics();
            graphics.setColor(new java.awt.Color(230, 0, 0, 110));
            graphics.setStroke(new java.awt.BasicStroke(3));
            for (SealPlacement seal : joint.seals()) {
                double px = 100 / 25.4;
                graphics.drawOval((int) (seal.area().left() * px), (int) (seal.area().top() * px),
                        (int) (seal.area().width() * px), (int) (seal.area().height() * px));
            }
            graphics.dispose();
            write(page, folder.resolve("layout-joint-seals.png"));
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

    /** Prints where things landed, for docs/layout.md. */
    private static void measure(LaidOutDocument notice) throws Exception {
        try (PdfProbe probe = new PdfProbe(notice.pdf())) {
            var mark = probe.line(1, "某市人民政府办公室文件");
            var number = probe.line(1, "某府办〔2026〕12号");
            var separator = probe.rules(1).get(0);
            var body = probe.line(1, "为深入贯彻落实");
            var page2 = probe.lines(2);
            var page1Number = probe.line(1, "\u2014 1 \u2014");
            var page2Number = probe.line(2, "\u2014 2 \u2014");
            var rules = probe.rules(notice.pageCount());
            System.out.printf("mark top %.2f centre %.2f colour %06X%n", mark.first().emTop(),
                    (mark.first().x() + mark.last().right()) / 2, mark.first().rgb());
            System.out.printf("number top %.2f bottom %.2f centre %.2f%n", number.first().emTop(),
                    number.first().emBottom(), (number.first().x() + number.last().right()) / 2);
            System.out.printf("separator y %.2f x %.2f..%.2f thickness %.2f%n", separator.y(), separator.x1(),
                    separator.x2(), separator.thickness());
            System.out.printf("first body line x %.2f top %.2f%n", body.first().x(), body.first().emTop());
            System.out.printf("page 2: lines %d first top %.2f last bottom %.2f pitch %.3f; line 1 x %.2f..%.2f chars %d%n",
                    page2.size() - 1, page2.get(0).first().emTop(), page2.get(21).first().emBottom(),
                    page2.get(1).baseline() - page2.get(0).baseline(), page2.get(0).first().x(),
                    page2.get(0).last().right(), page2.get(0).glyphs().size());
            System.out.printf("page number 1 right %.2f dash %.2f; page 2 left %.2f%n", page1Number.last().right(),
                    page1Number.first().baseline() - page1Number.first().dashMiddleAboveBaseline(),
                    page2Number.first().x());
            rules.forEach(rule -> System.out.printf("imprint rule y %.2f thickness %.2f x %.2f..%.2f%n", rule.y(),
                    rule.thickness(), rule.x1(), rule.x2()));
            System.out.println("seal " + notice.seal() + " pages " + notice.pageCount());
        }
    }

    private static void write(BufferedImage image, Path file) throws Exception {
        ImageIO.write(image, "png", file.toFile());
    }
}
