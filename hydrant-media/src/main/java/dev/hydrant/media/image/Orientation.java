package dev.hydrant.media.image;

/**
 * Applies an EXIF orientation the way hydrus does it with PIL transposes (orientation 6 is a
 * clockwise quarter turn, so a 320x240 sensor image becomes 240x320).
 */
final class Orientation {

    private Orientation() {
    }

    static DecodedImage apply(DecodedImage image, int orientation) {
        return switch (orientation) {
            case 2 -> flipLeftRight(image);
            case 3 -> rotate180(image);
            case 4 -> flipTopBottom(image);
            case 5 -> rotateCounterClockwise(flipLeftRight(image));
            case 6 -> rotateClockwise(image);
            case 7 -> rotateClockwise(flipLeftRight(image));
            case 8 -> rotateCounterClockwise(image);
            default -> image;
        };
    }

    private interface SourceIndex {
        /** The source pixel index for output pixel (x, y) of an output image {@code outW} wide. */
        int of(int x, int y);
    }

    private static DecodedImage remap(DecodedImage image, int outW, int outH, SourceIndex source) {
        int c = image.mode().channels();
        byte[] in = image.samples();
        byte[] out = new byte[in.length];
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                System.arraycopy(in, source.of(x, y) * c, out, (y * outW + x) * c, c);
            }
        }
        return image.withPixels(image.mode(), outW, outH, out, image.palette());
    }

    private static DecodedImage flipLeftRight(DecodedImage im) {
        int w = im.width();
        return remap(im, w, im.height(), (x, y) -> y * w + (w - 1 - x));
    }

    private static DecodedImage flipTopBottom(DecodedImage im) {
        int w = im.width();
        int h = im.height();
        return remap(im, w, h, (x, y) -> (h - 1 - y) * w + x);
    }

    private static DecodedImage rotate180(DecodedImage im) {
        int w = im.width();
        int h = im.height();
        return remap(im, w, h, (x, y) -> (h - 1 - y) * w + (w - 1 - x));
    }

    /** PIL ROTATE_270. */
    private static DecodedImage rotateClockwise(DecodedImage im) {
        int w = im.width();
        int h = im.height();
        return remap(im, h, w, (x, y) -> (h - 1 - x) * w + y);
    }

    /** PIL ROTATE_90. */
    private static DecodedImage rotateCounterClockwise(DecodedImage im) {
        int w = im.width();
        return remap(im, im.height(), w, (x, y) -> x * w + (w - 1 - y));
    }
}
