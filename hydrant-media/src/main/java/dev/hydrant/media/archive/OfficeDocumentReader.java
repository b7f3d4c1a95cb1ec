package dev.hydrant.media.archive;

import dev.hydrant.media.image.ImageDecodeException;
import dev.hydrant.media.image.PixelBuffer;
import dev.hydrant.media.image.StillImageLoader;
import dev.hydrant.media.sniff.ZipMembers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.w3c.dom.Document;

/**
 * What hydrus's {@code HydrusOfficeOpenXMLHandling} takes from an Office Open XML file: the word count in
 * {@code docProps/app.xml} (docx, pptx), a presentation's slide size from {@code ppt/presentation.xml} (in
 * EMUs, taken at 300 dpi) and the preview picture {@code docProps/thumbnail.jpeg} (pptx thumbnails).
 */
public final class OfficeDocumentReader {

    private static final String EXTENDED_PROPERTIES =
            "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    private static final String PRESENTATION = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private static final double PIXELS_PER_EMU = 300 / 914400.0;

    private final StillImageLoader stills;

    public OfficeDocumentReader(StillImageLoader stills) {
        this.stills = Objects.requireNonNull(stills, "stills");
    }

    /** Hydrus's {@code OfficeDocumentWordCount}, or empty when it would fail (hydrus then stores none). */
    public Optional<Integer> wordCount(Path file) throws IOException {
        try (ZipMembers zip = ZipMembers.open(file)) {
            return ZipXml.parse(zip, "docProps/app.xml")
                    .flatMap(d -> ZipXml.findChild(d, EXTENDED_PROPERTIES, "Words"))
                    .flatMap(e -> ZipXml.pythonInt(e.getTextContent()))
                    .map(n -> (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Math.abs(n))));
        } catch (ZipMembers.UnreadableZipException e) {
            return Optional.empty();
        }
    }

    /** Hydrus's {@code PowerPointResolution}: {width, height}, or empty when it would fail. */
    public Optional<int[]> slideSize(Path file) throws IOException {
        try (ZipMembers zip = ZipMembers.open(file)) {
            Optional<Document> presentation = ZipXml.parse(zip, "ppt/presentation.xml");
            return presentation.flatMap(d -> ZipXml.findChild(d, PRESENTATION, "sldSz")).flatMap(size -> {
                Optional<Long> cx = ZipXml.pythonInt(size.hasAttribute("cx") ? size.getAttribute("cx") : null);
                Optional<Long> cy = ZipXml.pythonInt(size.hasAttribute("cy") ? size.getAttribute("cy") : null);
                if (cx.isEmpty() || cy.isEmpty()) {
                    return Optional.empty();
                }
                int width = (int) Math.abs(Math.rint(cx.get() * PIXELS_PER_EMU));
                int height = (int) Math.abs(Math.rint(cy.get() * PIXELS_PER_EMU));
                return width > 0 && height > 0 ? Optional.of(new int[] {width, height}) : Optional.empty();
            });
        } catch (ZipMembers.UnreadableZipException e) {
            return Optional.empty();
        }
    }

    /**
     * The preview picture {@code docProps/thumbnail.jpeg} as Pillow holds it (alpha kept), which hydrus resizes
     * with Pillow's Lanczos into the thumbnail.
     *
     * @throws ImageDecodeException when there is none or it cannot be decoded (hydrus shows the type's icon)
     */
    public PixelBuffer embeddedThumbnail(Path file) throws IOException, ImageDecodeException {
        try (ZipMembers zip = ZipMembers.open(file)) {
            if (!zip.hasFile("docProps/thumbnail.jpeg")) {
                throw new ImageDecodeException("No thumbnail.jpeg file!");
            }
            return stills.loadKeepingAlpha(zip.read("docProps/thumbnail.jpeg", ZipMemberLimit.MAX_BYTES));
        } catch (ZipMembers.UnreadableZipException e) {
            throw new ImageDecodeException(e.getMessage(), e);
        }
    }
}
