package dev.hydrant.media.archive;

import dev.hydrant.media.sniff.ZipMembers;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The small XML members of office documents and EPUBs (container, package, properties), parsed as hydrus's
 * ElementTree finds things in them. The parser refuses DOCTYPEs (so no entity is ever expanded and nothing
 * outside the member is read) and members over {@link #MAX_BYTES}; any failure is "not there".
 */
final class ZipXml {

    static final int MAX_BYTES = 8 * 1024 * 1024;

    private ZipXml() {
    }

    /** The member parsed, or empty if it is missing, too large or not well-formed XML. */
    static Optional<Document> parse(ZipMembers zip, String name) {
        if (!zip.hasFile(name)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = zip.read(name, MAX_BYTES);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return Optional.of(builder.parse(new ByteArrayInputStream(bytes)));
        } catch (ZipMembers.UnreadableZipException | java.io.IOException | org.xml.sax.SAXException
                 | javax.xml.parsers.ParserConfigurationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * ElementTree's {@code find(".//{ns}local[@attribute='value']")}: the first descendant of the root (in
     * document order) with that name and, when {@code attribute} is given, exactly that attribute value.
     */
    static Optional<Element> findDescendant(Document document, String namespace, String local, String attribute,
                                            String value) {
        NodeList all = document.getDocumentElement().getElementsByTagNameNS(namespace, local);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (attribute == null || (e.hasAttribute(attribute) && e.getAttribute(attribute).equals(value))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** ElementTree's {@code find("./{ns}local")}: the first child of the root with that name. */
    static Optional<Element> findChild(Document document, String namespace, String local) {
        for (Node n = document.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName()) && namespace.equals(e.getNamespaceURI())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Python's {@code int(text)} for the plain decimal forms documents use; empty where Python raises. */
    static Optional<Long> pythonInt(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace("_", "");
        if (t.isEmpty() || text.strip().startsWith("_") || text.strip().endsWith("_") || text.contains("__")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(t.startsWith("+") ? t.substring(1) : t));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
