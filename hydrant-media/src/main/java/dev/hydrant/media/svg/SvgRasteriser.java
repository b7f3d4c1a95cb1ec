package dev.hydrant.media.svg;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.DocumentLimits;
import com.github.weisj.jsvg.parser.DomElement;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.XMLInput;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.renderer.NullPlatformSupport;
import com.github.weisj.jsvg.renderer.output.Output;
import com.github.weisj.jsvg.view.ViewBox;
import dev.hydrant.media.image.ImageDecodeException;
import dev.hydrant.media.image.PixelBuffer;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;

/**
 * Renders an SVG file into a thumbnail-sized picture the way hydrus's {@code GenerateThumbnailNumPyFromSVGPath}
 * does with Qt: an RGBA canvas of exactly the requested size, cleared to transparent, the document's view box
 * scaled into it keeping its aspect ratio and centred, antialiased; then a useless alpha channel is dropped
 * (so an opaque drawing becomes an RGB picture and a JPEG thumbnail, as in hydrus).
 *
 * <p>Hostile input is bounded: files over {@link #MAX_FILE_BYTES} are refused unread; the XML parser reads no
 * DTD and resolves no entity; every external reference and every embedded or linked image is refused without
 * being opened or decoded; element nesting and {@code <use>} nesting are capped; and drawing stops after
 * {@link #MAX_OPERATIONS} operations or {@link #MAX_TIME}. Memory is that of the parsed document plus the
 * small canvas. Any failure is an {@link ImageDecodeException} (the caller then shows hydrus's fallback icon).
 * Thread-safe.
 */
public final class SvgRasteriser {

    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    public static final long MAX_OPERATIONS = 5_000_000;
    public static final Duration MAX_TIME = Duration.ofSeconds(5);
    /** The largest canvas side we draw (a thumbnail is far smaller). */
    static final int MAX_SIDE = 4096;

    private static final DocumentLimits LIMITS = new DocumentLimits(64, 15, 200_000);

    private final long maxFileBytes;
    private final long maxOperations;
    private final Duration maxTime;

    public SvgRasteriser() {
        this(MAX_FILE_BYTES, MAX_OPERATIONS, MAX_TIME);
    }

    SvgRasteriser(long maxFileBytes, long maxOperations, Duration maxTime) {
        this.maxFileBytes = maxFileBytes;
        this.maxOperations = maxOperations;
        this.maxTime = maxTime;
    }

    /**
     * The SVG drawn into a {@code width x height} canvas: RGB when fully opaque, else RGBA.
     *
     * @throws ImageDecodeException when the file is too large, not a usable SVG, or too costly to draw
     * @throws IOException when the file cannot be read
     */
    public PixelBuffer rasterise(Path file, int width, int height) throws ImageDecodeException, IOException {
        if (Files.size(file) > maxFileBytes) {
            throw new ImageDecodeException("SVG file is too large to render");
        }
        return rasterise(Files.readAllBytes(file), width, height);
    }

    /** {@link #rasterise(Path, int, int)} for an SVG already in memory (an EPUB's cover page). */
    public PixelBuffer rasterise(byte[] svg, int width, int height) throws ImageDecodeException {
        if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new ImageDecodeException("SVG canvas size out of range: " + width + "x" + height);
        }
        if (svg.length > maxFileBytes) {
            throw new ImageDecodeException("SVG file is too large to render");
        }
        SVGDocument document = parse(svg);
        BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            Output output = new DeadlineOutput(Output.createForGraphics(g),
                    new RenderBudget(maxOperations, maxTime.toNanos()));
            document.renderWithPlatform(NullPlatformSupport.INSTANCE, output, new ViewBox(0, 0, width, height));
        } catch (SvgRenderTimeout e) {
            throw new ImageDecodeException("SVG file is too costly to render", e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new ImageDecodeException("SVG file could not be rendered: " + e, e);
        } finally {
            g.dispose();
        }
        return toPixels(canvas).withoutUselessAlpha();
    }

    private SVGDocument parse(byte[] bytes) throws ImageDecodeException {
        LoaderContext context = LoaderContext.builder()
                .externalResourcePolicy(ResourcePolicy.DENY_ALL)
                .resourceLoader((document, uri) -> platform -> Optional.empty())
                .documentLimits(LIMITS)
                .preProcessor(SvgRasteriser::defaultToSansSerif)
                .build();
        XMLInput input = () -> safeFactory().createXMLEventReader(new ByteArrayInputStream(bytes));
        SVGDocument document;
        try {
            document = new SVGLoader().load(input, null, context);
        } catch (RuntimeException | StackOverflowError e) {
            throw new ImageDecodeException("SVG file could not be parsed: " + e, e);
        }
        if (document == null) {
            throw new ImageDecodeException("SVG file could not be parsed");
        }
        return document;
    }

    /**
     * Qt draws text without a font family in the application's font, a sans-serif one; jsvg would pick a
     * serif one. The root element gets {@code sans-serif} unless it names a family itself (descendants
     * that name their own family keep it).
     */
    private static void defaultToSansSerif(DomElement root) {
        if (root.attribute("font-family") == null) {
            root.setAttribute("font-family", "sans-serif");
        }
    }

    /** StAX with no DTD, no entity replacement and no external entities: nothing outside the file is read. */
    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> InputStream.nullInputStream());
        return factory;
    }

    private static PixelBuffer toPixels(BufferedImage canvas) {
        int w = canvas.getWidth();
        int h = canvas.getHeight();
        int[] argb = canvas.getRGB(0, 0, w, h, null, 0, w);
        byte[] rgba = new byte[w * h * 4];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            rgba[i * 4] = (byte) (p >> 16);
            rgba[i * 4 + 1] = (byte) (p >> 8);
            rgba[i * 4 + 2] = (byte) p;
            rgba[i * 4 + 3] = (byte) (p >>> 24);
        }
        return new PixelBuffer(w, h, 4, rgba);
    }
}
