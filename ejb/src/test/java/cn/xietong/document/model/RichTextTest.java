package cn.xietong.document.model;

import cn.xietong.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RichTextTest {

    @Test
    void keepsTheSafeSubset() {
        String html = "<h2>一、总体要求</h2><p style=\"text-align: center\">各区<strong>人民政府</strong>：</p>"
                + "<ol><li>第一条</li></ol><table><tbody><tr><td colspan=\"2\">合计</td></tr></tbody></table><p>甲<br>乙</p>";
        assertEquals(html, RichText.check(html));
    }

    @Test
    void refusesScriptsEventHandlersJavascriptUrlsAndFramesSayingWhatWasFound() {
        assertFound("<p>通知</p><script>alert(1)</script>", "<script>");
        assertFound("<p onclick=\"steal()\">点我</p>", "onclick");
        assertFound("<a href=\"javascript:alert(1)\">链接</a>", "javascript:");
        assertFound("<iframe src=\"https://example.com\"></iframe>", "<iframe>");
        assertFound("<object data=\"x.swf\"></object>", "<object>");
        assertFound("<style>p{display:none}</style><p>x</p>", "<style>");
        assertFound("<link rel=\"stylesheet\" href=\"x.css\"><p>x</p>", "<link>");
        assertFound("<img src=x onerror=alert(1)>", "onerror");
        assertFound("<p style=\"background:url(javascript:x)\">x</p>", "style");
    }

    @Test
    void reportsEverythingFoundAtOnce() {
        DomainException e = assertThrows(DomainException.class,
                () -> RichText.check("<script>x</script><p onmouseover=\"y\">z</p><iframe></iframe>"));
        assertTrue(e.getMessage().contains("<script>") && e.getMessage().contains("onmouseover")
                && e.getMessage().contains("<iframe>"), e.getMessage());
    }

    @Test
    void readsParagraphsFromBlocksAndLooseText() {
        assertEquals(List.of("标题", "第一段", "甲", "乙", "单元格", "尾"),
                RichText.paragraphs("<h1>标题</h1><p>第一段</p><ul><li>甲</li><li>乙</li></ul>"
                        + "<table><tr><td>单元格</td></tr></table>尾"));
        assertTrue(RichText.isEmpty("<p> </p><br>"));
    }

    private static void assertFound(String html, String what) {
        DomainException e = assertThrows(DomainException.class, () -> RichText.check(html));
        assertEquals("document.body.unsafe-html", e.code());
        assertTrue(e.getMessage().contains(what), e.getMessage());
    }
}
