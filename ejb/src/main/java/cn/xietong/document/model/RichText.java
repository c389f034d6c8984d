package cn.xietong.document.model;

import cn.xietong.shared.DomainException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A draft's body (正文) as rich text in a small, safe HTML subset: paragraphs, line breaks, bold,
 * italic, underline, lists, headings h1–h4, tables, and span; the only attributes are colspan/rowspan
 * on cells and {@code style="text-align: …"} on blocks. Anything else — scripts, event-handler
 * attributes, javascript: URLs, iframes, objects, style or link tags — is refused with a list of what
 * was found, never silently removed, so the drafter knows their text is stored as they see it.
 */
public final class RichText {

    public static final int MAX_LENGTH = 1_000_000;

    private static final Set<String> TAGS = Set.of("p", "br", "strong", "b", "em", "i", "u", "ol", "ul", "li",
            "h1", "h2", "h3", "h4", "table", "thead", "tbody", "tr", "td", "th", "span");
    private static final Set<String> ALIGNABLE = Set.of("p", "h1", "h2", "h3", "h4", "td", "th", "li");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "li", "td", "th");
    private static final Pattern ALIGN = Pattern.compile("\\s*text-align\\s*:\\s*(left|right|center|justify)\\s*;?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPAN_COUNT = Pattern.compile("[1-9]\\d?");
    private static final Map<String, String> DANGEROUS = Map.of(
            "script", "脚本 <script>", "iframe", "内嵌框架 <iframe>", "object", "嵌入对象 <object>",
            "embed", "嵌入对象 <embed>", "style", "样式表 <style>", "link", "外部链接 <link>",
            "meta", "<meta>", "form", "表单 <form>", "base", "<base>", "svg", "矢量图 <svg>");

    private RichText() {
    }

    /** The body checked against the subset and normalised (as parsed, re-serialised); empty for none. */
    public static String check(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (html.length() > MAX_LENGTH) {
            throw DomainException.invalid("document.body.too-long",
                    "正文过长：最多" + MAX_LENGTH + "个字符（含排版标记），实际" + html.length() + "个。");
        }
        Document doc = Jsoup.parseBodyFragment(html);
        Set<String> found = new LinkedHashSet<>();
        for (Element e : doc.body().getAllElements()) {
            if (e == doc.body()) {
                continue;
            }
            inspect(e, found);
        }
        if (!found.isEmpty()) {
            throw DomainException.invalid("document.body.unsafe-html",
                    "正文含有不允许的内容：" + String.join("；", found)
                            + "。正文只能使用段落、换行、加粗、斜体、下划线、列表、标题（h1–h4）、表格等基本排版，请删除上述内容后再保存。");
        }
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    private static void inspect(Element e, Set<String> found) {
        String tag = e.normalName();
        if (!TAGS.contains(tag)) {
            found.add(DANGEROUS.getOrDefault(tag, "不支持的标签 <" + tag + ">"));
        }
        for (Attribute a : e.attributes()) {
            String name = a.getKey().toLowerCase(Locale.ROOT);
            String value = a.getValue();
            if (name.startsWith("on")) {
                found.add("事件属性 " + name + "（会执行脚本）");
            } else if (value.replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                found.add("javascript: 链接（" + name + "）");
            } else if (name.equals("style") && ALIGNABLE.contains(tag) && ALIGN.matcher(value).matches()) {
                continue;
            } else if ((name.equals("colspan") || name.equals("rowspan")) && CELLS.contains(tag)
                    && SPAN_COUNT.matcher(value.strip()).matches()) {
                continue;
            } else if (name.equals("style")) {
                found.add("样式属性 style=\"" + shorten(value) + "\"（只允许段落对齐 text-align）");
            } else {
                found.add("不支持的属性 " + name + "（在 <" + tag + "> 上）");
            }
        }
    }

    /**
     * The body's text as paragraphs: each block (p, h1–h4, li, cell) one paragraph, loose text between
     * blocks one paragraph; blank paragraphs left out. Used to compare revisions.
     */
    public static List<String> paragraphs(String html) {
        List<String> out = new ArrayList<>();
        if (html == null || html.isBlank()) {
            return out;
        }
        StringBuilder loose = new StringBuilder();
        collect(Jsoup.parseBodyFragment(html).body(), out, loose);
        flush(loose, out);
        return out;
    }

    /** True when the body holds no visible text. */
    public static boolean isEmpty(String html) {
        return paragraphs(html).isEmpty();
    }

    private static void collect(Element parent, List<String> out, StringBuilder loose) {
        for (Node n : parent.childNodes()) {
            if (n instanceof TextNode t) {
                loose.append(t.text());
            } else if (n instanceof Element e) {
                String tag = e.normalName();
                if (BLOCKS.contains(tag) && e.select(String.join(",", BLOCKS)).size() == 1) {
                    flush(loose, out);
                    add(e.text(), out);
                } else if (tag.equals("br")) {
                    flush(loose, out);
                } else if (BLOCKS.contains(tag) || Set.of("ol", "ul", "table", "thead", "tbody", "tr").contains(tag)) {
                    flush(loose, out);
                    collect(e, out, loose);
                    flush(loose, out);
                } else {
                    loose.append(e.text());
                }
            } else if (!(n instanceof Comment) && !(n instanceof DataNode)) {
                loose.append(n.outerHtml());
            }
        }
    }

    private static void flush(StringBuilder loose, List<String> out) {
        add(loose.toString(), out);
        loose.setLength(0);
    }

    private static void add(String text, List<String> out) {
        String s = text.strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
