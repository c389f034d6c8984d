package cn.xietong.signing.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Test helper: reads the seal signatures of an OFD (a zip). OFD.xml names Signatures.xml; each of its
 * Signature elements has a BaseLoc (absolute, or relative to Signatures.xml) to a Signature.xml, whose
 * SignedValue element names SignedValue.dat (default: beside Signature.xml).
 */
public final class OfdSeals {

    /** One signature: where its files are and their bytes. */
    public record Entry(String signatureXmlPath, byte[] signatureXml, String signedValuePath, byte[] signedValue) {
    }

    private final Map<String, byte[]> files;

    private OfdSeals(Map<String, byte[]> files) {
        this.files = files;
    }

    public static OfdSeals read(byte[] ofd) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(ofd))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (!e.isDirectory()) {
                    files.put("/" + e.getName().replaceFirst("^/", ""), z.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OfdSeals(files);
    }

    public static OfdSeals resource(String name) {
        try (InputStream in = OfdSeals.class.getResourceAsStream(name)) {
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Entry> signatures() {
        List<Entry> out = new ArrayList<>();
        Document ofd = xml(file("/OFD.xml"));
        NodeList sigs = ofd.getElementsByTagNameNS("*", "Signatures");
        for (int i = 0; i < sigs.getLength(); i++) {
            String signaturesPath = resolve("/", sigs.item(i).getTextContent().trim());
            Document list = xml(file(signaturesPath));
            NodeList entries = list.getElementsByTagNameNS("*", "Signature");
            for (int j = 0; j < entries.getLength(); j++) {
                String base = ((Element) entries.item(j)).getAttribute("BaseLoc");
                String sigXmlPath = resolve(dir(signaturesPath), base);
                byte[] sigXml = file(sigXmlPath);
                NodeList sv = xml(sigXml).getElementsByTagNameNS("*", "SignedValue");
                String svPath = sv.getLength() > 0 ? resolve(dir(sigXmlPath), sv.item(0).getTextContent().trim())
                        : dir(sigXmlPath) + "SignedValue.dat";
                out.add(new Entry(sigXmlPath, sigXml, svPath, file(svPath)));
            }
        }
        return out;
    }

    private byte[] file(String path) {
        byte[] b = files.get(path);
        if (b == null) {
            throw new IllegalStateException("no " + path + " in the OFD; it has " + files.keySet());
        }
        return b;
    }

    private static String dir(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    private static String resolve(String dir, String loc) {
        return loc.startsWith("/") ? loc : dir + loc;
    }

    private static Document xml(byte[] b) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(b));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
