package dev.hydrant.media.image;

/**
 * PIL's {@code Image.convert('RGB' | 'RGBA')} for the modes the loader produces, bit for bit
 * (including PIL's integer CMYK to RGB formula).
 */
final class ModeConversion {

    private ModeConversion() {
    }

    /** Converts to RGB (3 channels) or RGBA (4 channels); an image already in that mode is returned as is. */
    static PixelBuffer convert(DecodedImage image, boolean toRgba) {
        int w = image.width();
        int h = image.height();
        int outChannels = toRgba ? 4 : 3;
        byte[] in = image.samples();
        byte[] out = new byte[w * h * outChannels];
        int n = w * h;
        switch (image.mode()) {
            case L -> {
                for (int i = 0; i < n; i++) {
                    byte v = in[i];
                    put(out, i, outChannels, v, v, v, (byte) 0xFF);
                }
            }
            case LA -> {
                for (int i = 0; i < n; i++) {
                    byte v = in[2 * i];
                    put(out, i, outChannels, v, v, v, in[2 * i + 1]);
                }
            }
            case RGB -> {
                if (!toRgba) {
                    return new PixelBuffer(w, h, 3, in);
                }
                for (int i = 0; i < n; i++) {
                    put(out, i, 4, in[3 * i], in[3 * i + 1], in[3 * i + 2], (byte) 0xFF);
                }
            }
            case RGBA -> {
                if (toRgba) {
                    return new PixelBuffer(w, h, 4, in);
                }
                for (int i = 0; i < n; i++) {
                    put(out, i, 3, in[4 * i], in[4 * i + 1], in[4 * i + 2], (byte) 0xFF);
                }
            }
            case P -> {
                Palette palette = image.palette();
                for (int i = 0; i < n; i++) {
                    int index = in[i] & 0xFF;
                    int rgb = palette.rgbAt(index);
                    put(out, i, outChannels, (byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb, (byte) palette.alphaAt(index));
                }
            }
            case CMYK -> {
                for (int i = 0; i < n; i++) {
                    int k = 255 - (in[4 * i + 3] & 0xFF);
                    put(out, i, outChannels,
                            cmykChannel(in[4 * i] & 0xFF, k),
                            cmykChannel(in[4 * i + 1] & 0xFF, k),
                            cmykChannel(in[4 * i + 2] & 0xFF, k),
                            (byte) 0xFF);
                }
            }
            default -> throw new IllegalStateException(image.mode().toString());
        }
        return new PixelBuffer(w, h, outChannels, out);
    }

    /** PIL Convert.c cmyk2rgb: {@code nk - MULDIV255(c, nk)} clipped to a byte. */
    private static byte cmykChannel(int c, int nk) {
        int tmp = c * nk + 128;
        int scaled = ((tmp >> 8) + tmp) >> 8;
        int v = nk - scaled;
        return (byte) Math.max(0, Math.min(255, v));
    }

    private static void put(byte[] out, int pixel, int channels, byte r, byte g, byte b, byte a) {
        int o = pixel * channels;
        out[o] = r;
        out[o + 1] = g;
        out[o + 2] = b;
        if (channels == 4) {
            out[o + 3] = a;
        }
    }
}
