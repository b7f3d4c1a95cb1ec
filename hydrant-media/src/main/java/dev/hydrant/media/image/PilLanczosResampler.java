package dev.hydrant.media.image;

/**
 * Pillow's {@code Image.resize(size, Image.LANCZOS)} on 8-bit images, which hydrus uses for ugoira thumbnails
 * (everything else goes through OpenCV's resamplers): a separable convolution with a 3-lobed Lanczos window
 * widened by the reduction factor, coefficients normalised in double precision and then rounded to 22-bit fixed
 * point, a horizontal pass (only when the width changes) followed by a vertical pass (only when the height
 * changes), each rounding and clipping to 8 bits. Images with alpha are resized premultiplied (Pillow's
 * {@code RGBA -> RGBa -> RGBA}) with Pillow's integer premultiply and unpremultiply. Thread-safe.
 */
public final class PilLanczosResampler {

    private static final int PRECISION_BITS = 32 - 8 - 2;
    private static final double SUPPORT = 3.0;

    public PixelBuffer resize(PixelBuffer image, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("target size must be positive: " + width + "x" + height);
        }
        if (width == image.width() && height == image.height()) {
            return image;
        }
        boolean alpha = image.hasAlpha();
        PixelBuffer work = alpha ? premultiply(image) : image;
        if (width != work.width()) {
            work = horizontal(work, width);
        }
        if (height != work.height()) {
            work = vertical(work, height);
        }
        return alpha ? unpremultiply(work) : work;
    }

    /** One output position's source window: {@code start}, and fixed-point weights for the pixels from it. */
    private record Window(int start, int[] weights) {
    }

    private static Window[] windows(int inSize, int outSize) {
        double scale = (double) inSize / outSize;
        double filterScale = Math.max(scale, 1.0);
        double support = SUPPORT * filterScale;
        double ss = 1.0 / filterScale;
        Window[] windows = new Window[outSize];
        for (int xx = 0; xx < outSize; xx++) {
            double center = (xx + 0.5) * scale;
            int xmin = Math.max(0, (int) (center - support + 0.5));
            int xmax = Math.min(inSize, (int) (center + support + 0.5)) - xmin;
            double[] k = new double[Math.max(0, xmax)];
            double sum = 0;
            for (int x = 0; x < xmax; x++) {
                double w = lanczos((x + xmin - center + 0.5) * ss);
                k[x] = w;
                sum += w;
            }
            int[] fixed = new int[k.length];
            for (int x = 0; x < k.length; x++) {
                double v = sum != 0.0 ? k[x] / sum : k[x];
                fixed[x] = v < 0 ? (int) (-0.5 + v * (1 << PRECISION_BITS)) : (int) (0.5 + v * (1 << PRECISION_BITS));
            }
            windows[xx] = new Window(xmin, fixed);
        }
        return windows;
    }

    private static double lanczos(double x) {
        if (-SUPPORT <= x && x < SUPPORT) {
            return sinc(x) * sinc(x / 3);
        }
        return 0.0;
    }

    private static double sinc(double x) {
        if (x == 0.0) {
            return 1.0;
        }
        double px = x * Math.PI;
        return Math.sin(px) / px;
    }

    private static int clip8(long in) {
        if (in >= (1L << PRECISION_BITS << 8)) {
            return 255;
        }
        if (in <= 0) {
            return 0;
        }
        return (int) (in >> PRECISION_BITS);
    }

    private static PixelBuffer horizontal(PixelBuffer in, int outWidth) {
        int c = in.channels();
        int h = in.height();
        int inWidth = in.width();
        byte[] src = in.data();
        byte[] out = new byte[outWidth * h * c];
        Window[] windows = windows(inWidth, outWidth);
        for (int y = 0; y < h; y++) {
            int row = y * inWidth * c;
            for (int xx = 0; xx < outWidth; xx++) {
                Window win = windows[xx];
                for (int ch = 0; ch < c; ch++) {
                    long ss = 1L << (PRECISION_BITS - 1);
                    int[] k = win.weights();
                    for (int x = 0; x < k.length; x++) {
                        ss += (long) (src[row + (win.start() + x) * c + ch] & 0xFF) * k[x];
                    }
                    out[(y * outWidth + xx) * c + ch] = (byte) clip8(ss);
                }
            }
        }
        return new PixelBuffer(outWidth, h, c, out);
    }

    private static PixelBuffer vertical(PixelBuffer in, int outHeight) {
        int c = in.channels();
        int w = in.width();
        byte[] src = in.data();
        byte[] out = new byte[w * outHeight * c];
        Window[] windows = windows(in.height(), outHeight);
        for (int yy = 0; yy < outHeight; yy++) {
            Window win = windows[yy];
            int[] k = win.weights();
            for (int x = 0; x < w; x++) {
                for (int ch = 0; ch < c; ch++) {
                    long ss = 1L << (PRECISION_BITS - 1);
                    for (int y = 0; y < k.length; y++) {
                        ss += (long) (src[((win.start() + y) * w + x) * c + ch] & 0xFF) * k[y];
                    }
                    out[(yy * w + x) * c + ch] = (byte) clip8(ss);
                }
            }
        }
        return new PixelBuffer(w, outHeight, c, out);
    }

    /** Pillow's {@code RGBA -> RGBa}: colour times alpha with its rounding divide by 255. */
    private static PixelBuffer premultiply(PixelBuffer image) {
        int c = image.channels();
        byte[] d = image.data();
        byte[] out = d.clone();
        for (int i = 0; i < d.length; i += c) {
            int alpha = d[i + c - 1] & 0xFF;
            for (int ch = 0; ch < c - 1; ch++) {
                int tmp = (d[i + ch] & 0xFF) * alpha + 128;
                out[i + ch] = (byte) (((tmp >> 8) + tmp) >> 8);
            }
        }
        return new PixelBuffer(image.width(), image.height(), c, out);
    }

    /** Pillow's {@code RGBa -> RGBA}: colour times 255 over alpha, clipped; unchanged where alpha is 0 or 255. */
    private static PixelBuffer unpremultiply(PixelBuffer image) {
        int c = image.channels();
        byte[] d = image.data();
        byte[] out = d.clone();
        for (int i = 0; i < d.length; i += c) {
            int alpha = d[i + c - 1] & 0xFF;
            if (alpha == 0 || alpha == 255) {
                continue;
            }
            for (int ch = 0; ch < c - 1; ch++) {
                out[i + ch] = (byte) Math.min(255, (255 * (d[i + ch] & 0xFF)) / alpha);
            }
        }
        return new PixelBuffer(image.width(), image.height(), c, out);
    }
}
