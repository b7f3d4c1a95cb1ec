package dev.hydrant.media.archive;

import dev.hydrant.media.image.ImageDecodeException;
import dev.hydrant.media.sniff.ZipMembers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An EPUB's cover as hydrus's {@code GetCoverPagePathFromEpub} finds it: {@code META-INF/container.xml} names
 * the package document (its first {@code rootfile}'s {@code full-path}); in the package, the cover is the first
 * {@code item} with {@code properties="cover-image"} (EPUB 3), else the item whose id the
 * {@code <meta name="cover">} names, else the item with id {@code cover} (EPUB 2), else the guide's
 * {@code reference type="cover"} (which may be a page, not a picture); its {@code href} is taken relative to
 * the package's folder, as written, and must name a member of the zip.
 */
public final class EpubCoverReader {

    private static final String CONTAINER = "urn:oasis:names:tc:opendocument:xmlns:container";
    private static final String OPF = "http://www.idpf.org/2007/opf";

    /** The cover member's bytes. */
    public byte[] coverBytes(Path file) throws IOException, ImageDecodeException {
        try (ZipMembers zip = ZipMembers.open(file)) {
            String cover = coverPath(zip);
            return zip.read(cover, ZipMemberLimit.MAX_BYTES);
        } catch (ZipMembers.UnreadableZipException e) {
            throw new ImageDecodeException(e.getMessage(), e);
        }
    }

    private static String coverPath(ZipMembers zip) throws ImageDecodeException {
        Document container = ZipXml.parse(zip, "META-INF/container.xml")
                .orElseThrow(() -> new ImageDecodeException("Missing META-INF/container.xml in EPUB."));
        Element rootfile = ZipXml.findDescendant(container, CONTAINER, "rootfile", null, null)
                .orElseThrow(() -> new ImageDecodeException("EPUB does not declare a rootfile."));
        if (!rootfile.hasAttribute("full-path")) {
            throw new ImageDecodeException("EPUB declares no package document.");
        }
        String opfPath = rootfile.getAttribute("full-path");
        Document opf = ZipXml.parse(zip, opfPath)
                .orElseThrow(() -> new ImageDecodeException("EPUB declares " + opfPath + ", but this does not exist."));
        Optional<Element> item = ZipXml.findDescendant(opf, OPF, "item", "properties", "cover-image");
        if (item.isEmpty()) {
            Optional<Element> meta = ZipXml.findDescendant(opf, OPF, "meta", "name", "cover");
            if (meta.isPresent()) {
                if (!meta.get().hasAttribute("content")) {
                    throw new ImageDecodeException("EPUB cover meta names no item.");
                }
                item = ZipXml.findDescendant(opf, OPF, "item", "id", meta.get().getAttribute("content"));
            }
            if (item.isEmpty()) {
                item = ZipXml.findDescendant(opf, OPF, "item", "id", "cover");
            }
        }
        if (item.isEmpty()) {
            item = ZipXml.findDescendant(opf, OPF, "reference", "type", "cover");
        }
        Element cover = item.orElseThrow(() -> new ImageDecodeException("Sorry, could not find a cover image in the EPUB xml!"));
        String href = cover.getAttribute("href");
        String folder = pythonDirname(opfPath);
        String path = folder.isEmpty() ? href : folder + "/" + href;
        if (!zip.hasFile(path)) {
            throw new ImageDecodeException("EPUB declares " + path + ", but this does not exist.");
        }
        return path;
    }

    /** Python's {@code os.path.dirname} for '/'-separated paths. */
    static String pythonDirname(String path) {
        int slash = path.lastIndexOf('/');
        String head = path.substring(0, slash + 1);
        if (!head.isEmpty() && !head.chars().allMatch(c -> c == '/')) {
            head = head.replaceAll("/+$", "");
        }
        return head;
    }
}
