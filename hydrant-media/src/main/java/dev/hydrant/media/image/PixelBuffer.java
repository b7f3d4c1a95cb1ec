package dev.hydrant.media.image;

import java.util.Arrays;

/**
 * An 8-bit, row-major, channel-interleaved image: the Java counterpart of the {@code uint8} numpy
 * arrays hydrus hashes and thumbnails. A normalised still image (what {@link StillImageLoader}
 * returns) has 3 channels (RGB) or 4 (RGBA, only when the alpha channel carries information);
 * 1-channel buffers appear as intermediate greyscale images.
 *
 * <p>The byte layout is exactly numpy's {@code tobytes()} of a {@code (height, width, channels)}
 * array, which is what hydrus's pixel hash digests.
 */
public final class PixelBuffer {

    private final int width;
    private final int height;
    private final int channels;
    private final byte[] data;

    public PixelBuffer(int width, int height, int channels, byte[] data) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("dimensions must be positive: " + width + "x" + height);
        }
        if (channels < 1 || channels > 4) {
            throw new IllegalArgumentException("channels must be 1..4: " + channels);
        }
        if ((long) width * height * channels != data.length) {
            throw new IllegalArgumentException("data length " + data.length + " does not fit "
                    + width + "x" + height + "x" + channels);
        }
        this.width = width;
        this.height = height;
        this.channels = channels;
        this.data = data;
    }

    /** A zero-filled buffer. */
    public static PixelBuffer blank(int width, int height, int channels) {
        return new PixelBuffer(width, height, channels, new byte[Math.multiplyExact(Math.multiplyExact(width, height), channels)]);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int channels() {
        return channels;
    }

    public boolean hasAlpha() {
        return channels == 2 || channels == 4;
    }

    /** The backing array (not a copy): row-major, channels interleaved. */
    public byte[] data() {
        return data;
    }

    public int sample(int x, int y, int channel) {
        return data[(y * width + x) * channels + channel] & 0xFF;
    }

    /** Drops the last (alpha) channel. */
    public PixelBuffer withoutAlpha() {
        if (!hasAlpha()) {
            return this;
        }
        int outChannels = channels - 1;
        byte[] out = new byte[width * height * outChannels];
        for (int i = 0, o = 0; i < data.length; i += channels, o += outChannels) {
            System.arraycopy(data, i, out, o, outChannels);
        }
        return new PixelBuffer(width, height, outChannels, out);
    }

    /**
     * Hydrus's {@code StripOutAnyUselessAlphaChannel}: without the alpha channel when it says nothing (fully
     * opaque, or fully transparent over a picture that is not all black), else this buffer.
     */
    public PixelBuffer withoutUselessAlpha() {
        return UselessAlpha.strip(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PixelBuffer other && other.width == width && other.height == height
                && other.channels == channels && Arrays.equals(other.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * width + height) + channels) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "PixelBuffer[" + width + "x" + height + "x" + channels + "]";
    }
}
