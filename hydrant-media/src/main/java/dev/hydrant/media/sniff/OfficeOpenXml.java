package dev.hydrant.media.sniff;

import dev.hydrant.core.files.FileType;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * docx / xlsx / pptx, from a zip's {@code [Content_Types].xml} as hydrus reads it: first an
 * {@code Override} element (any namespace, below the root) naming the main part of a Word document, an
 * Excel workbook or a PowerPoint presentation with its exact content type; failing that, a
 * {@code Default} element for extension {@code xml} with one of those content types. The XML parser
 * reads no DTD and no external entity.
 */
final class OfficeOpenXml {

    private static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String POWERPOINT =
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";

    private record Element(String localName, String partName, String contentType, String extension) {
    }

    private OfficeOpenXml() {
    }

    static FileType typeOf(ZipArchive zip) {
        byte[] xml = ZipTypeRules.readBytes(zip, "[Content_Types].xml", 8 * 1024 * 1024);
        if (xml == null) {
            return null;
        }
        List<Element> elements = parse(xml);
        if (elements == null) {
            return null;
        }
        if (hasOverride(elements, "/word/document.xml", WORD)) {
            return FileType.APPLICATION_DOCX;
        }
        if (hasOverride(elements, "/xl/workbook.xml", EXCEL)) {
            return FileType.APPLICATION_XLSX;
        }
        if (hasOverride(elements, "/ppt/presentation.xml", POWERPOINT)) {
            return FileType.APPLICATION_PPTX;
        }
        if (hasDefault(elements, WORD)) {
            return FileType.APPLICATION_DOCX;
        }
        if (hasDefault(elements, EXCEL)) {
            return FileType.APPLICATION_XLSX;
        }
        if (hasDefault(elements, POWERPOINT)) {
            return FileType.APPLICATION_PPTX;
        }
        return null;
    }

    private static boolean hasOverride(List<Element> elements, String partName, String contentType) {
        return elements.stream().anyMatch(e -> e.localName().equals("Override") && partName.equals(e.partName())
                && contentType.equals(e.contentType()));
    }

    private static boolean hasDefault(List<Element> elements, String contentType) {
        return elements.stream().anyMatch(e -> e.localName().equals("Default") && "xml".equals(e.extension())
                && contentType.equals(e.contentType()));
    }

    /** The elements below the root, or null if the document is not well-formed XML. */
    private static List<Element> parse(byte[] xml) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        List<Element> out = new ArrayList<>();
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth > 1) {
                        out.add(new Element(reader.getLocalName(), reader.getAttributeValue(null, "PartName"),
                                reader.getAttributeValue(null, "ContentType"),
                                reader.getAttributeValue(null, "Extension")));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return out;
        } catch (XMLStreamException | RuntimeException e) {
            return null;
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing held
                }
            }
        }
    }
}
