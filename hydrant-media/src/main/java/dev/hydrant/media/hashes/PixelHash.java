package dev.hydrant.media.hashes;

import dev.hydrant.media.image.PixelBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Hydrus's pixel hash: SHA-256 of the normalised pixel bytes (RGB, or RGBA when the alpha channel
 * is useful), row-major, with nothing else mixed in. The dimensions are deliberately not part of
 * it, exactly like hydrus: two flat images with the same colour and pixel count collide.
 */
public final class PixelHash {

    private PixelHash() {
    }

    /** The 32-byte digest. */
    public static byte[] of(PixelBuffer normalisedImage) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(normalisedImage.data());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** The digest as lowercase hex, as the Client API prints it. */
    public static String hexOf(PixelBuffer normalisedImage) {
        return HexFormat.of().formatHex(of(normalisedImage));
    }
}
