package dev.hydrant.media.archive;

import dev.hydrant.core.tags.CodePointOrder;
import dev.hydrant.media.image.DecodedImage;
import dev.hydrant.media.image.ImageDecodeException;
import dev.hydrant.media.image.PixelBuffer;
import dev.hydrant.media.image.StillImageLoader;
import dev.hydrant.media.inspect.MediaInfo;
import dev.hydrant.media.sniff.ZipMembers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A ugoira (a zip of numbered frames, optionally with {@code animation.json}) read as hydrus's
 * {@code HydrusUgoiraHandling} reads it.
 *
 * <p>Frame list: the {@code file} of every frame in {@code animation.json} when it has them all, otherwise
 * the zip's image-named files in code point order. Properties: from {@code animation.json} the sum of the
 * delays as the duration, the number of frames, and the first frame's size; if any of that fails, the first
 * frame's size (100 x 100 if it cannot be read), no duration, and the number of image-named files. Reading
 * never fails: a ugoira hydrus sniffed always imports.
 */
public final class UgoiraReader {

    /** Hydrus's size for a ugoira whose first frame cannot be read. */
    static final int UNKNOWN_SIDE = 100;

    private final StillImageLoader stills;

    public UgoiraReader(StillImageLoader stills) {
        this.stills = Objects.requireNonNull(stills, "stills");
    }

    /** Hydrus's {@code GetUgoiraProperties}: dimensions, duration and frame count. */
    public MediaInfo inspect(Path file) throws IOException {
        try (ZipMembers zip = ZipMembers.open(file)) {
            Optional<UgoiraFrameData> data = frameData(zip);
            List<String> frames = frameNames(zip, data);
            Optional<List<Double>> delays = data.flatMap(UgoiraFrameData::delaysMs);
            if (delays.isPresent()) {
                Optional<DecodedImage> first = decode(zip, frames, 0);
                if (first.isPresent()) {
                    double total = 0;
                    for (double d : delays.get()) {
                        total += d;
                    }
                    return new MediaInfo(first.get().width(), first.get().height(), Math.abs((long) total),
                            delays.get().size(), false, null);
                }
            }
            Optional<DecodedImage> first = decode(zip, frames, 0);
            int width = first.map(DecodedImage::width).orElse(UNKNOWN_SIDE);
            int height = first.map(DecodedImage::height).orElse(UNKNOWN_SIDE);
            List<String> images = imageNames(zip);
            return new MediaInfo(width, height, null, images.isEmpty() ? null : images.size(), false, null);
        } catch (ZipMembers.UnreadableZipException e) {
            return new MediaInfo(UNKNOWN_SIDE, UNKNOWN_SIDE, null, null, false, null);
        }
    }

    /**
     * The frame at {@code index} (hydrus's {@code GetUgoiraFramePIL}), normalised as Pillow holds it before
     * hydrus converts it to numpy: RGB, or RGBA whenever the picture has an alpha channel.
     */
    public PixelBuffer frame(Path file, int index) throws IOException, ImageDecodeException {
        try (ZipMembers zip = ZipMembers.open(file)) {
            List<String> frames = frameNames(zip, frameData(zip));
            if (index < 0 || index >= frames.size()) {
                throw new ImageDecodeException("This ugoira has no frame " + index);
            }
            return stills.loadKeepingAlpha(zip.read(frames.get(index), ZipMemberLimit.MAX_BYTES));
        } catch (ZipMembers.UnreadableZipException e) {
            throw new ImageDecodeException(e.getMessage(), e);
        }
    }

    static Optional<UgoiraFrameData> frameData(ZipMembers zip) {
        if (!zip.hasFile("animation.json")) {
            return Optional.empty();
        }
        try {
            return UgoiraFrameData.parse(zip.read("animation.json", ZipMemberLimit.MAX_BYTES));
        } catch (ZipMembers.UnreadableZipException e) {
            return Optional.empty();
        }
    }

    /** Hydrus's {@code GetFramePathsUgoira}. */
    static List<String> frameNames(ZipMembers zip, Optional<UgoiraFrameData> data) {
        Optional<List<String>> fromJson = data.flatMap(UgoiraFrameData::fileNames);
        return fromJson.orElseGet(() -> imageNames(zip));
    }

    /** Hydrus's {@code GetFramePathsFromUgoiraZip}: image-named files, sorted as Python sorts strings. */
    private static List<String> imageNames(ZipMembers zip) {
        List<String> names = new ArrayList<>();
        for (String name : zip.fileNames()) {
            if (ZipMembers.hasImageExtension(name)) {
                names.add(name);
            }
        }
        names.sort(CodePointOrder.INSTANCE);
        return names;
    }

    private Optional<DecodedImage> decode(ZipMembers zip, List<String> frames, int index) {
        if (index >= frames.size()) {
            return Optional.empty();
        }
        try {
            return Optional.of(stills.decode(zip.read(frames.get(index), ZipMemberLimit.MAX_BYTES)));
        } catch (ZipMembers.UnreadableZipException | ImageDecodeException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
