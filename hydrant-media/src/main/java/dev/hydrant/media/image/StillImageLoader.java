package dev.hydrant.media.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads a still image into the normalised pixel buffer hydrus hashes and thumbnails: decoded
 * exactly as PIL decodes it, EXIF orientation applied (not for PNG), the ICC profile (or a PNG's
 * gAMA/cHRM pair) converted to sRGB the way LittleCMS does it for PIL, PIL's mode conversion to
 * RGB or RGBA, and a useless alpha channel dropped.
 *
 * <p>The declared dimensions are checked against a pixel limit before decoding, so a tiny file
 * that claims to be enormous costs nothing.
 */
public final class StillImageLoader {

    /** Hydrus's own decompression-bomb threshold: a 512 MiB RGB bitmap. */
    public static final long DEFAULT_PIXEL_LIMIT = (512L * 1024 * 1024) / 3;

    private final long pixelLimit;
    private final ImageIoDecoder decoder;
    private final WebpDecoder webp;
    private final SrgbConversion srgbConversion;

    public StillImageLoader() {
        this(DEFAULT_PIXEL_LIMIT);
    }

    public StillImageLoader(long pixelLimit) {
        if (pixelLimit <= 0) {
            throw new IllegalArgumentException("pixel limit must be positive");
        }
        this.pixelLimit = pixelLimit;
        this.decoder = new ImageIoDecoder(pixelLimit);
        this.webp = new WebpDecoder(decoder);
        this.srgbConversion = new SrgbConversion();
    }

    public long pixelLimit() {
        return pixelLimit;
    }

    public PixelBuffer load(Path path) throws ImageDecodeException, IOException {
        return load(Files.readAllBytes(path));
    }

    public PixelBuffer load(byte[] data) throws ImageDecodeException {
        return normalise(decode(data));
    }

    /**
     * Like {@link #load(byte[])} but keeping an alpha channel even when it says nothing, as Pillow's image is
     * before hydrus converts it to numpy (its ugoira thumbnails are resized at that stage).
     */
    public PixelBuffer loadKeepingAlpha(byte[] data) throws ImageDecodeException {
        DecodedImage managed = srgbConversion.apply(decode(data));
        return ModeConversion.convert(managed, managed.declaresTransparency());
    }

    /** The decoded image, oriented, before colour management and mode conversion. */
    public DecodedImage decode(byte[] data) throws ImageDecodeException {
        StillImageFormat format = StillImageFormat.sniff(data);
        if (format == null) {
            throw new ImageDecodeException("Not a still image format this loader knows");
        }
        EmbeddedMetadata metadata = EmbeddedMetadataReader.read(format, data);
        DecodedImage decoded = format == StillImageFormat.WEBP ? webp.decode(data, metadata) : null;
        if (decoded == null) {
            decoded = decoder.decode(format, data, metadata);
        }
        if (format != StillImageFormat.PNG) {
            // hydrus ignores PNG EXIF orientation; everything else is turned upright
            decoded = Orientation.apply(decoded, metadata.exifOrientation());
        }
        return decoded;
    }

    /** Colour management, conversion to RGB/RGBA and alpha stripping of an already decoded image. */
    public PixelBuffer normalise(DecodedImage decoded) {
        DecodedImage managed = srgbConversion.apply(decoded);
        PixelBuffer pixels = ModeConversion.convert(managed, managed.declaresTransparency());
        return UselessAlpha.strip(pixels);
    }
}
