package cn.xietong.exchange.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xml.sax.SAXParseException;

/**
 * Turns the parser's schema and well-formedness errors into Chinese sentences a person can act on:
 * where (line, column, element path and its Chinese name) and what (the value and what it should be).
 * Of a schema error only the code ({@code cvc-pattern-valid} …) and the quoted element and attribute names
 * are used, taken by their place in the JDK parser's zh_CN message texts (the parser is set to that
 * locale); a well-formedness error is shown in the parser's own Chinese words.
 */
final class ExchangeXmlErrors {

    /** A quoted argument of the parser's message: an element or attribute name, or a list of them. */
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    /** A namespace-qualified name inside an argument: {@code "urn:…":name}. */
    private static final Pattern NAMESPACED = Pattern.compile("\"[^\"]*\":([^\",}\\s]+)");

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("package", "交换包清单"), Map.entry("receipt", "回执"), Map.entry("notice", "通知"),
            Map.entry("packageId", "交换包标识"), Map.entry("documentNumber", "发文字号"), Map.entry("title", "标题"),
            Map.entry("urgency", "紧急程度"), Map.entry("sender", "发送单位"), Map.entry("addressee", "收文单位"),
            Map.entry("documentDate", "成文日期"), Map.entry("sentAt", "发送时间"), Map.entry("files", "文件列表"),
            Map.entry("file", "文件"), Map.entry("mediaType", "媒体类型"), Map.entry("sm3", "SM3摘要"),
            Map.entry("size", "文件大小"), Map.entry("uscc", "统一社会信用代码"), Map.entry("receiptId", "回执标识"),
            Map.entry("packageDigest", "交换包摘要"), Map.entry("outcome", "回执结果"), Map.entry("reason", "原因"),
            Map.entry("packageSender", "发送单位"), Map.entry("personName", "经办人姓名"), Map.entry("at", "时间"),
            Map.entry("noticeId", "通知标识"), Map.entry("message", "说明"));

    private static final String UUID_HINT = "应为小写的 UUID，如 3f2b8c1e-5d4a-4c1b-9e2f-0a1b2c3d4e5f";
    private static final String SM3_HINT = "应为64位小写十六进制数字";
    private static final String TIME_HINT = "应为 UTC 时间，如 2026-03-01T08:30:00.000Z，最多精确到毫秒";
    private static final String UNIT_NAME_HINT = "不能为空白，最多200个字符，不能含控制字符";

    private static final Map<String, String> HINTS = Map.ofEntries(
            Map.entry("packageId", UUID_HINT), Map.entry("receiptId", UUID_HINT), Map.entry("noticeId", UUID_HINT),
            Map.entry("uscc", "应为18位数字或大写字母（不含 I、O、S、V、Z），末位为校验位"),
            Map.entry("sm3", SM3_HINT), Map.entry("packageDigest", SM3_HINT),
            Map.entry("sentAt", TIME_HINT), Map.entry("at", TIME_HINT),
            Map.entry("documentDate", "应为日期，如 2026-03-01"),
            Map.entry("package/kind", "可选：" + String.join("、", PackageManifest.KINDS)),
            Map.entry("notice/kind", "可选：RECALL（撤回）、URGE（催办）"),
            Map.entry("urgency", "可选：特急、加急；无紧急程度时不写此元素"),
            Map.entry("package/role", "可选：MAIN（主送）、COPY（抄送）"),
            Map.entry("file/role", "可选：BODY（正文）、ATTACHMENT（附件）"),
            Map.entry("outcome", "可选：DELIVERED（已送达）、ACCEPTED（已签收）、RETURNED（已退回）、REJECTED（验证未通过，拒收）、"
                    + "RECALLED（已撤回）、RECALL_REFUSED（撤回未成功）"),
            Map.entry("mediaType", "应形如 application/pdf，不带参数"),
            Map.entry("size", "应为字节数：不带符号和前导零的非负整数"),
            Map.entry("file/name", "不能为空白，最多255个字符，不能含控制字符、“/”或“\\”"),
            Map.entry("sender/name", UNIT_NAME_HINT), Map.entry("addressee/name", UNIT_NAME_HINT),
            Map.entry("packageSender/name", UNIT_NAME_HINT),
            Map.entry("documentNumber", "不能为空白，最多100个字符，不能含控制字符"),
            Map.entry("title", "不能为空白，最多500个字符，不能含控制字符"),
            Map.entry("personName", "不能为空白，最多100个字符，不能含控制字符"),
            Map.entry("reason", "不能为空白，最多2000个字符，除制表和换行外不能含控制字符"),
            Map.entry("message", "不能为空白，最多2000个字符，除制表和换行外不能含控制字符"));

    private ExchangeXmlErrors() {
    }

    /** A refusal located at an element. */
    static ExchangeFormatException at(XmlElement element, int line, int column, String what) {
        return new ExchangeFormatException("交换格式错误（" + where(line, column) + "，元素 " + element.path()
                + describe(element) + "）：" + what);
    }

    /** A refusal located at an element, keeping the cause. */
    static ExchangeFormatException at(XmlElement element, String what, Throwable cause) {
        return new ExchangeFormatException("交换格式错误（" + where(element.line, element.column) + "，元素 "
                + element.path() + describe(element) + "）：" + what, cause);
    }

    /** The parser's error while at {@code current} (the innermost open element, or null before the root). */
    static ExchangeFormatException translate(SAXParseException e, XmlElement current) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        String where = where(e.getLineNumber(), e.getColumnNumber());
        String element = current == null ? "" : "，元素 " + current.path() + describe(current);
        String what = what(message, current);
        return new ExchangeFormatException("交换格式错误（" + where + element + "）：" + what, e);
    }

    private static String what(String message, XmlElement current) {
        if (message.contains("disallow-doctype-decl")) {
            return "文档含有 DOCTYPE 声明。交换格式不允许 DOCTYPE（也就不允许实体和外部引用）。";
        }
        int colon = message.indexOf(':');
        String code = message.startsWith("cvc-") && colon > 0 ? message.substring(0, colon) : "";
        String value = current == null ? "" : shorten(current.text());
        List<String> args = arguments(message);
        // zh_CN: 2.4.a/2.4.d '{0}' the element found, '{1}' those expected; 2.4.b '{0}' the parent, '{1}' expected;
        // 3.2.2 '{0}' the element, '{1}' the attribute; type.3.1.1 '{0}' the element, the attribute last; elt.1.a '{0}'
        String first = args.isEmpty() ? "" : " " + String.join(" 或 ", names(args.get(0)));
        String expected = args.size() < 2 ? "" : String.join(" 或 ", names(args.get(1)));
        String attribute = args.size() < 2 ? "" : " " + args.get(code.equals("cvc-type.3.1.1") ? args.size() - 1 : 1);
        return switch (code) {
            case "cvc-pattern-valid", "cvc-enumeration-valid", "cvc-length-valid", "cvc-minLength-valid",
                 "cvc-maxLength-valid", "cvc-datatype-valid.1.2.1", "cvc-datatype-valid.1.2.3", "cvc-type.3.1.3",
                 "cvc-minInclusive-valid", "cvc-maxInclusive-valid" ->
                    "值“" + value + "”不合规定" + hint(current) + "。";
            case "cvc-complex-type.2.4.a" -> expected.isEmpty()
                    ? "此处不应有元素" + first + "。"
                    : "此处应为元素 " + expected + "，却是" + first + "（缺少元素 " + expected + "，或元素次序不对）。";
            case "cvc-complex-type.2.4.b" -> "元素" + first + " 的内容不完整，缺少元素 " + expected + "。";
            case "cvc-complex-type.2.4.d", "cvc-complex-type.2.4.f" -> "此处不应再有元素" + first + "。";
            case "cvc-complex-type.2.3" -> "此元素只能包含子元素，不能有文字。";
            case "cvc-complex-type.2.1" -> "此元素应为空。";
            case "cvc-complex-type.3.2.2", "cvc-type.3.1.1" -> "元素" + first + " 不应有属性" + attribute
                    + "：交换格式的文档不用属性。";
            case "cvc-elt.1.a" -> "根元素" + first + " 不是交换格式的元素：应为命名空间 " + ExchangeSchema.NAMESPACE
                    + " 中的 package、receipt 或 notice。";
            case "cvc-identity-constraint.4.1" -> "文件名“" + value + "”重复：一个交换包中的文件名必须互不相同。";
            case "" -> "不是格式正确的 XML：" + message + (message.endsWith("。") ? "" : "。");
            default -> "不符合交换格式（" + code + "）。";
        };
    }

    private static String hint(XmlElement e) {
        if (e == null) {
            return "";
        }
        String h = e.parent == null ? null : HINTS.get(e.parent.name + "/" + e.name);
        if (h == null) {
            h = HINTS.get(e.name);
        }
        return h == null ? "" : "：" + h;
    }

    private static String describe(XmlElement e) {
        String label = null;
        if (e.parent != null && e.name.equals("kind")) {
            label = e.parent.name.equals("notice") ? "通知类别" : "文种";
        } else if (e.parent != null && e.name.equals("role")) {
            label = e.parent.name.equals("file") ? "文件类别（正文/附件）" : "主送/抄送";
        } else if (e.parent != null && e.name.equals("name")) {
            label = e.parent.name.equals("file") ? "文件名" : "单位名称";
        } else {
            label = LABELS.get(e.name);
        }
        return label == null ? "" : "（" + label + "）";
    }

    /** The quoted arguments of the parser's message, in order. */
    private static List<String> arguments(String message) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(message);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The names in one argument: {@code {"urn:…":a, "urn:…":b}} gives a and b, a plain name itself. */
    private static List<String> names(String argument) {
        List<String> out = new ArrayList<>();
        Matcher m = NAMESPACED.matcher(argument);
        while (m.find()) {
            out.add(m.group(1));
        }
        if (out.isEmpty()) {
            out.add(argument);
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "…";
    }

    private static String where(int line, int column) {
        if (line < 0) {
            return "位置不明";
        }
        return column < 0 ? "第" + line + "行" : "第" + line + "行第" + column + "列";
    }
}
