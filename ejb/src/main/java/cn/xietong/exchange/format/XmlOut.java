package cn.xietong.exchange.format;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes one exchange document: UTF-8, an XML declaration, the root in the format's namespace, child
 * elements indented by two spaces, one per line, no attributes. Same values, same bytes.
 */
final class XmlOut {

    static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder(2048);
    private final String root;
    private int depth = 1;

    XmlOut(String root) {
        this.root = root;
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").append(root).append(" xmlns=\"")
                .append(ExchangeSchema.NAMESPACE).append("\">\n");
    }

    XmlOut open(String name) {
        indent().append('<').append(name).append(">\n");
        depth++;
        return this;
    }

    XmlOut close(String name) {
        depth--;
        indent().append("</").append(name).append(">\n");
        return this;
    }

    /** An element with text; nothing at all when the value is null (optional elements). */
    XmlOut text(String name, String value) {
        if (value != null) {
            indent().append('<').append(name).append('>');
            escape(value);
            out.append("</").append(name).append(">\n");
        }
        return this;
    }

    XmlOut text(String name, Object value) {
        return text(name, value == null ? null : value.toString());
    }

    XmlOut time(String name, Instant value) {
        return text(name, TIME.format(value));
    }

    XmlOut date(String name, LocalDate value) {
        return text(name, value.toString());
    }

    XmlOut party(String name, Party party) {
        return open(name).text("uscc", party.uscc()).text("name", party.name()).close(name);
    }

    byte[] bytes() {
        out.append("</").append(root).append(">\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private StringBuilder indent() {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
        return out;
    }

    /** Escapes markup; a carriage return as a reference, since a parser would turn a literal one into a line feed. */
    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
    }
}
