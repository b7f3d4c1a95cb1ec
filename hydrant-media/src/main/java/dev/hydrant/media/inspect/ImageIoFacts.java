package dev.hydrant.media.inspect;

import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * What the JDK's ImageIO readers declare: sizes of BMP and TIFF, the GIF screen size and frame delays, and a
 * full decode to tell whether any pixel is actually transparent.
 */
final class ImageIoFacts {
    /** Images above this many pixels are not decoded for the transparency check. */
    static final long MAX_DECODED_PIXELS = 64L * 1024 * 1024;

    private ImageIoFacts() {
    }

    /** The declared size of the first image, by reader format name ("bmp", "tiff"). */
    static Facts size(Path file, String format) throws IOException {
        Facts f = new Facts();
        withReader(file, format, r -> f.size(r.getWidth(0), r.getHeight(0)));
        return f;
    }

    /** GIF: the logical screen size, and for animations the frame count and total delay. */
    static Facts gif(Path file, boolean animated) throws IOException {
        Facts f = new Facts();
        withReader(file, "gif", r -> {
            Node screen = child(r.getStreamMetadata().getAsTree("javax_imageio_gif_stream_1.0"),
                    "LogicalScreenDescriptor");
            if (screen != null) {
                f.size(intAttribute(screen, "logicalScreenWidth"), intAttribute(screen, "logicalScreenHeight"));
            }
            int frames = r.getNumImages(true);
            long hundredths = 0;
            for (int i = 0; i < frames; i++) {
                IIOMetadata meta = r.getImageMetadata(i);
                Node control = child(meta.getAsTree("javax_imageio_gif_image_1.0"), "GraphicControlExtension");
                if (control != null) {
                    hundredths += intAttribute(control, "delayTime");
                    f.mayBeTransparent |= "TRUE".equalsIgnoreCase(attribute(control, "transparentColorFlag"));
                }
            }
            if (animated) {
                f.frames = frames;
                f.durationMs = hundredths * 10;
            }
        });
        return f;
    }

    /** Whether a decoded still image has a pixel that is not fully opaque. */
    static boolean hasTransparentPixel(Path file, Facts facts) throws IOException {
        if (facts.width == null || (long) facts.width * facts.height > MAX_DECODED_PIXELS) {
            return false;
        }
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null || !image.getColorModel().hasAlpha()) {
            return false;
        }
        int w = image.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int argb : row) {
                if ((argb >>> 24) != 0xff) {
                    return true;
                }
            }
        }
        return false;
    }

    @FunctionalInterface
    private interface ReaderWork {
        void run(ImageReader reader) throws IOException;
    }

    private static void withReader(Path file, String format, ReaderWork work) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            return;
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return;
            }
            reader.setInput(in, false, false);
            work.run(reader);
        } finally {
            reader.dispose();
        }
    }

    private static Node child(Node parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals(name)) {
                return n;
            }
        }
        return null;
    }

    private static String attribute(Node node, String name) {
        NamedNodeMap attributes = node.getAttributes();
        Node a = attributes == null ? null : attributes.getNamedItem(name);
        return a == null ? null : a.getNodeValue();
    }

    private static int intAttribute(Node node, String name) {
        try {
            String v = attribute(node, name);
            return v == null ? 0 : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
