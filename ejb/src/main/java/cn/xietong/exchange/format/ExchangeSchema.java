package cn.xietong.exchange.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The compiled schema {@code xietong-exchange-1.xsd} and validating parsing against it: the JDK's own
 * parser (never whatever the server's class path offers), DOCTYPE refused (no entities, no XXE), no
 * external access, validation while parsing into an {@link XmlElement} tree. The schema is compiled once;
 * parsers are not thread-safe, so each parse takes one from a small pool and gives it back.
 */
final class ExchangeSchema {

    static final String NAMESPACE = "urn:xietong:exchange:1";
    static final String RESOURCE = "xietong-exchange-1.xsd";
    /** Largest document read: 2 MiB (a manifest of 1000 files with 255-character names stays below 1.3 MiB). */
    static final int MAX_LENGTH = 2 << 20;

    private static final int POOL_MAX = 16;
    private static final byte[] BYTES = load();
    private static final Schema SCHEMA = compile();
    private static final SAXParserFactory FACTORY = factory();
    private static final ConcurrentLinkedQueue<SAXParser> POOL = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger POOLED = new AtomicInteger();

    private ExchangeSchema() {
    }

    static byte[] bytes() {
        return BYTES.clone();
    }

    /** Parses and validates; any problem is an {@link ExchangeFormatException} saying what and where. */
    static XmlElement parse(byte[] xml) {
        if (xml == null || xml.length == 0) {
            throw new ExchangeFormatException("交换格式错误：文档为空。");
        }
        if (xml.length > MAX_LENGTH) {
            throw new ExchangeFormatException("交换格式错误：文档有" + xml.length + "字节，超过上限" + MAX_LENGTH + "字节。");
        }
        SAXParser parser = POOL.poll();
        if (parser == null) {
            parser = newParser();
        } else {
            POOLED.decrementAndGet();
        }
        TreeBuilder tree = new TreeBuilder();
        boolean reusable = false;
        try {
            InputSource in = new InputSource(new ByteArrayInputStream(xml));
            in.setEncoding("UTF-8");
            parser.parse(in, tree);
            reusable = true;
        } catch (TranslatedError e) {
            reusable = true;
            throw e.exception;
        } catch (SAXParseException e) {
            reusable = true;
            throw ExchangeXmlErrors.translate(e, tree.current);
        } catch (SAXException e) {
            throw new ExchangeFormatException("交换格式错误：" + e.getMessage(), e);
        } catch (IOException e) {
            throw new ExchangeFormatException("交换格式错误：文档无法读取（" + e.getMessage() + "）。", e);
        } finally {
            if (reusable) {
                release(parser);
            }
        }
        if (tree.root == null) {
            throw new ExchangeFormatException("交换格式错误：文档没有根元素。");
        }
        return tree.root;
    }

    private static void release(SAXParser parser) {
        try {
            parser.reset(); // also drops the properties: set them again
            configure(parser);
        } catch (RuntimeException | SAXException e) {
            return; // not reusable: let it go
        }
        if (POOLED.incrementAndGet() <= POOL_MAX) {
            POOL.offer(parser);
        } else {
            POOLED.decrementAndGet();
        }
    }

    private static SAXParser newParser() {
        try {
            SAXParser p;
            synchronized (FACTORY) {
                p = FACTORY.newSAXParser();
            }
            configure(p);
            return p;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot create the exchange XML parser", e);
        }
    }

    /** The properties a parser needs for each parse (features come from the factory and survive a reset). */
    private static void configure(SAXParser p) throws SAXException {
        p.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        p.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // The JDK's Chinese parser messages whatever the server's locale: well-formedness errors are shown
        // as they are, and ExchangeXmlErrors reads the schema errors' arguments by their place in these texts.
        p.setProperty("http://apache.org/xml/properties/locale", Locale.SIMPLIFIED_CHINESE);
    }

    private static SAXParserFactory factory() {
        try {
            SAXParserFactory f = SAXParserFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setSchema(SCHEMA);
            return f;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot configure the exchange XML parser", e);
        }
    }

    private static Schema compile() {
        try {
            SchemaFactory f = SchemaFactory.newDefaultInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return f.newSchema(new StreamSource(new ByteArrayInputStream(BYTES), RESOURCE));
        } catch (SAXException e) {
            throw new IllegalStateException("the exchange schema " + RESOURCE + " does not compile", e);
        }
    }

    private static byte[] load() {
        try (InputStream in = ExchangeSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the exchange schema " + RESOURCE + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Carries an already translated refusal out of the SAX callbacks. */
    private static final class TranslatedError extends SAXException {
        final transient ExchangeFormatException exception;

        TranslatedError(ExchangeFormatException exception) {
            super(exception.getMessage());
            this.exception = exception;
        }
    }

    /** Builds the tree while the parser validates; validation errors stop the parse at the first. */
    private static final class TreeBuilder extends DefaultHandler {
        XmlElement root;
        XmlElement current;
        Locator locator;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            int line = locator == null ? -1 : locator.getLineNumber();
            int column = locator == null ? -1 : locator.getColumnNumber();
            XmlElement e = new XmlElement(localName, current, line, column);
            if (attributes.getLength() > 0) {
                throw new TranslatedError(ExchangeXmlErrors.at(e, line, column,
                        "元素不应有属性（" + attributes.getQName(0) + "）：交换格式的文档不用属性。"));
            }
            if (current == null) {
                root = e;
            } else {
                current.children.add(e);
            }
            current = e;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (current != null) {
                current.text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (!current.children.isEmpty()) {
                current.text.setLength(0); // element-only content: the schema allowed only blanks here
            }
            current = current.parent;
        }

        @Override
        public void warning(SAXParseException e) {
            // warnings do not make a document invalid
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
