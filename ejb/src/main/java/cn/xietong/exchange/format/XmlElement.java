package cn.xietong.exchange.format;

import java.util.ArrayList;
import java.util.List;

/** One element of a parsed exchange document: a minimal tree, with where it started for error messages. */
final class XmlElement {

    final String name;
    final XmlElement parent;
    final int line;
    final int column;
    final List<XmlElement> children = new ArrayList<>(4);
    final StringBuilder text = new StringBuilder();

    XmlElement(String name, XmlElement parent, int line, int column) {
        this.name = name;
        this.parent = parent;
        this.line = line;
        this.column = column;
    }

    /** The first child of that name, or null. */
    XmlElement child(String childName) {
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /** The first child of that name; the schema guarantees it, so absence is an error of this reader. */
    XmlElement required(String childName) {
        XmlElement c = child(childName);
        if (c == null) {
            throw ExchangeXmlErrors.at(this, line, column, "缺少元素 " + childName + "。");
        }
        return c;
    }

    List<XmlElement> children(String childName) {
        List<XmlElement> out = new ArrayList<>(children.size());
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The text content as written (leaf elements). */
    String text() {
        return text.toString();
    }

    /** Root-to-here names joined by {@code /}, e.g. {@code package/sender/uscc}. */
    String path() {
        return parent == null ? name : parent.path() + "/" + name;
    }
}
