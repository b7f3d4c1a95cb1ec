package dev.hydrant.media.archive;

import dev.hydrant.media.image.ImageDecodeException;
import dev.hydrant.media.sniff.ZipMembers;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The cover page of a comic book archive (CBZ) as hydrus's {@code ExtractCoverPage} finds it: the first
 * image-named file, outside {@code __MACOSX/}, in human sort order. Its bytes are read into memory (at most
 * {@link ZipMemberLimit#MAX_BYTES}); hydrus then takes the archive's size and thumbnail from that picture.
 */
public final class ComicCoverReader {

    /** The cover page's bytes. */
    public byte[] coverBytes(Path file) throws IOException, ImageDecodeException {
        try (ZipMembers zip = ZipMembers.open(file)) {
            String cover = zip.coverPage()
                    .orElseThrow(() -> new ImageDecodeException("Sorry, could not find an image file in there!"));
            return zip.read(cover, ZipMemberLimit.MAX_BYTES);
        } catch (ZipMembers.UnreadableZipException e) {
            throw new ImageDecodeException(e.getMessage(), e);
        }
    }
}
