package dev.hydrant.media.archive;

import dev.hydrant.media.image.ImageDecodeException;
import dev.hydrant.media.image.PixelBuffer;
import dev.hydrant.media.image.StillImageLoader;
import dev.hydrant.media.sniff.ZipMembers;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A ugoira opened to be played through, frame by frame: the frame list hydrus renders
 * ({@code GetFramePathsUgoira}), the per-frame delays of its {@code animation.json} when every frame has one, and
 * each frame's pixels on demand as Pillow holds them for hydrus's render (RGB, or RGBA when the picture has an
 * alpha channel). Frames are inflated into memory one at a time through {@link ZipMembers} (at most
 * {@link ZipMemberLimit#MAX_BYTES} each) and never written anywhere. Not thread-safe; close it after use.
 */
public final class UgoiraFrames implements Closeable {

    private final ZipMembers zip;
    private final List<String> names;
    private final Optional<List<Double>> delaysMs;

    private UgoiraFrames(ZipMembers zip, List<String> names, Optional<List<Double>> delaysMs) {
        this.zip = zip;
        this.names = List.copyOf(names);
        this.delaysMs = delaysMs;
    }

    /**
     * @throws ZipMembers.UnreadableZipException when the file is not a zip that can be read within the limits
     */
    public static UgoiraFrames open(Path file) throws IOException, ZipMembers.UnreadableZipException {
        ZipMembers zip = ZipMembers.open(file);
        try {
            Optional<UgoiraFrameData> data = UgoiraReader.frameData(zip);
            return new UgoiraFrames(zip, UgoiraReader.frameNames(zip, data), data.flatMap(UgoiraFrameData::delaysMs));
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** The frames' member names, in playing order. */
    public List<String> names() {
        return names;
    }

    /** Each frame's delay in ms from {@code animation.json}; empty when it has none for some frame (or no file). */
    public Optional<List<Double>> delaysMs() {
        return delaysMs;
    }

    /**
     * The pixels of frame {@code index}, decoded by {@code loader} (whose pixel limit refuses a frame declaring
     * more pixels before any is decoded).
     *
     * @throws ImageDecodeException when the member is missing, too large, damaged, or not a picture
     */
    public PixelBuffer frame(int index, StillImageLoader loader) throws ImageDecodeException {
        String name = names.get(index);
        byte[] bytes;
        try {
            bytes = zip.read(name, ZipMemberLimit.MAX_BYTES);
        } catch (ZipMembers.UnreadableZipException e) {
            throw new ImageDecodeException(e.getMessage(), e);
        }
        return loader.loadKeepingAlpha(bytes);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
