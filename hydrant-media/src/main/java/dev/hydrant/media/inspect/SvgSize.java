package dev.hydrant.media.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The size of an SVG as hydrus takes it (Qt's {@code QSvgRenderer.defaultSize}): the root element's
 * {@code width} and {@code height} (absolute units converted at Qt's 90 dpi), or the {@code viewBox} size
 * when they are missing or relative. Only the start of the document is read, up to the root element;
 * DTD support and external entities are switched off, so nothing outside the file is ever opened.
 */
final class SvgSize {

    private static final Pattern LENGTH = Pattern.compile("\\s*([+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*([a-zA-Z%]*)\\s*");

    private SvgSize() {
    }

    static Optional<MediaInfo> read(Path file) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        if (!xml.getLocalName().equals("svg")) {
                            return Optional.empty();
                        }
                        return size(xml.getAttributeValue(null, "width"), xml.getAttributeValue(null, "height"),
                                xml.getAttributeValue(null, "viewBox"));
                    }
                }
                return Optional.empty();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            return Optional.empty();
        }
    }

    static Optional<MediaInfo> size(String width, String height, String viewBox) {
        Optional<Double> w = absolute(width);
        Optional<Double> h = absolute(height);
        Optional<double[]> box = viewBox(viewBox);
        double finalWidth;
        double finalHeight;
        if (w.isPresent() && h.isPresent()) {
            finalWidth = w.get();
            finalHeight = h.get();
        } else if (box.isPresent()) {
            finalWidth = w.orElse(box.get()[0]);
            finalHeight = h.orElse(box.get()[1]);
        } else {
            return Optional.empty();
        }
        int iw = (int) Math.round(finalWidth);
        int ih = (int) Math.round(finalHeight);
        if (iw <= 0 || ih <= 0) {
            return Optional.empty();
        }
        return Optional.of(MediaInfo.dimensions(iw, ih));
    }

    private static Optional<Double> absolute(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = LENGTH.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        double number = Double.parseDouble(m.group(1));
        double factor = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "", "px" -> 1;
            case "pt" -> 1.25;
            case "pc" -> 15;
            case "mm" -> 3.543307;
            case "cm" -> 35.43307;
            case "in" -> 90;
            default -> Double.NaN; // %, em, ex: relative to something we do not have
        };
        return Double.isNaN(factor) ? Optional.empty() : Optional.of(number * factor);
    }

    private static Optional<double[]> viewBox(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.trim().split("[\\s,]+");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new double[] {Double.parseDouble(parts[2]), Double.parseDouble(parts[3])});
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
