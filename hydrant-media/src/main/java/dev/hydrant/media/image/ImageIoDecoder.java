package dev.hydrant.media.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes container bytes into a {@link DecodedImage} with ImageIO (the JDK's own JPEG/PNG/GIF
 * readers, whose output matches libjpeg/libpng bit for bit, and TwelveMonkeys for the rest),
 * checking the declared dimensions against a pixel limit before any pixel is decoded.
 */
final class ImageIoDecoder {

    private final long pixelLimit;

    ImageIoDecoder(long pixelLimit) {
        this.pixelLimit = pixelLimit;
    }

    DecodedImage decode(StillImageFormat format, byte[] data, EmbeddedMetadata metadata) throws ImageDecodeException {
        List<ImageReader> readers = readersFor(format);
        if (readers.isEmpty()) {
            throw new ImageDecodeException("No image reader for " + format);
        }
        ImageDecodeException failure = null;
        for (ImageReader reader : readers) {
            try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
                reader.setInput(in, false, true);
                int index = format == StillImageFormat.ICO ? largestImage(reader) : 0;
                checkPixelLimit(reader.getWidth(index), reader.getHeight(index));
                BufferedImage image = reader.read(index, readParam(reader, index));
                return toDecoded(format, image, metadata);
            } catch (DecompressionBombException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                if (failure == null) {
                    failure = new ImageDecodeException("Could not decode " + format + " image: " + e.getMessage(), e);
                }
            } finally {
                reader.dispose();
            }
        }
        throw failure;
    }

    /**
     * The JDK's JPEG reader converts pixels from an embedded ICC profile to sRGB with the JDK's own
     * colour management unless asked for the profile's colour space; we want the raw samples (the
     * conversion is done later, the way LittleCMS does it).
     */
    private static ImageReadParam readParam(ImageReader reader, int index) throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        if (!reader.getClass().getName().startsWith("com.sun.imageio.plugins.jpeg")) {
            return param;
        }
        for (Iterator<ImageTypeSpecifier> it = reader.getImageTypes(index); it.hasNext(); ) {
            ImageTypeSpecifier type = it.next();
            ColorSpace space = type.getColorModel().getColorSpace();
            if (!space.isCS_sRGB() && space.getType() == ColorSpace.TYPE_RGB && type.getColorModel().getNumColorComponents() == 3) {
                param.setDestinationType(type);
                break;
            }
        }
        return param;
    }

    void checkPixelLimit(long width, long height) throws DecompressionBombException {
        if (width <= 0 || height <= 0 || width * height > pixelLimit) {
            throw new DecompressionBombException(width, height, pixelLimit);
        }
    }

    /** JDK readers first where they exist (they reproduce libjpeg/libpng exactly), then the rest. */
    private static List<ImageReader> readersFor(StillImageFormat format) {
        String name = switch (format) {
            case JPEG -> "jpeg";
            case PNG -> "png";
            case GIF -> "gif";
            case BMP -> "bmp";
            case WEBP -> "webp";
            case TIFF -> "tiff";
            case ICO -> "ico";
            case PSD -> "psd";
        };
        List<ImageReader> jdk = new ArrayList<>();
        List<ImageReader> others = new ArrayList<>();
        for (Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName(name); it.hasNext(); ) {
            ImageReader reader = it.next();
            boolean isJdk = reader.getClass().getName().startsWith("com.sun.imageio.");
            // TwelveMonkeys' JPEG reader converts embedded ICC profiles itself; we want raw samples
            boolean preferJdk = format == StillImageFormat.JPEG || format == StillImageFormat.PNG || format == StillImageFormat.GIF;
            (isJdk == preferJdk ? jdk : others).add(reader);
        }
        jdk.addAll(others);
        return jdk;
    }

    /** PIL opens the icon entry with the largest area (then the deepest colour). */
    private static int largestImage(ImageReader reader) throws IOException {
        int count = reader.getNumImages(true);
        int best = 0;
        long bestArea = -1;
        int bestDepth = -1;
        for (int i = 0; i < count; i++) {
            long area = (long) reader.getWidth(i) * reader.getHeight(i);
            int depth = 0;
            try {
                depth = reader.getRawImageType(i).getColorModel().getPixelSize();
            } catch (RuntimeException | IOException e) {
                // unknown depth: area decides
            }
            if (area > bestArea || (area == bestArea && depth > bestDepth)) {
                best = i;
                bestArea = area;
                bestDepth = depth;
            }
        }
        return best;
    }

    private static DecodedImage toDecoded(StillImageFormat format, BufferedImage image, EmbeddedMetadata metadata) {
        int w = image.getWidth();
        int h = image.getHeight();
        ColorModel cm = image.getColorModel();
        if (cm.isAlphaPremultiplied()) {
            image.coerceData(false);
            cm = image.getColorModel();
        }
        Raster raster = image.getRaster();
        int bits = raster.getSampleModel().getSampleSize(0);
        if (cm instanceof IndexColorModel icm) {
            byte[] samples = new byte[w * h];
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                raster.getSamples(0, y, w, 1, 0, row);
                for (int x = 0; x < w; x++) {
                    samples[y * w + x] = (byte) row[x];
                }
            }
            return new DecodedImage(format, ColourMode.P, w, h, samples, palette(icm), metadata);
        }
        int bands = raster.getNumBands();
        ColourMode mode = switch (bands) {
            case 1 -> ColourMode.L;
            case 2 -> ColourMode.LA;
            case 3 -> ColourMode.RGB;
            case 4 -> cm.getColorSpace().getType() == ColorSpace.TYPE_CMYK ? ColourMode.CMYK : ColourMode.RGBA;
            default -> throw new IllegalStateException("Unsupported band count " + bands);
        };
        // row by row, so a large image never needs an int per sample
        byte[] samples = new byte[Math.multiplyExact(w * h, bands)];
        int[] row = new int[w * bands];
        for (int y = 0; y < h; y++) {
            raster.getPixels(0, y, w, 1, row);
            toBytes(row, bits, samples, y * w * bands);
        }
        DecodedImage decoded = new DecodedImage(format, mode, w, h, samples, null, metadata);
        return dropIgnoredAlpha(decoded);
    }

    /**
     * PNG greyscale/truecolour images with a tRNS colour key: PIL keeps them as L/RGB and never looks
     * at the key, while the JDK may expand them to an alpha channel.
     */
    private static DecodedImage dropIgnoredAlpha(DecodedImage image) {
        int colourType = image.metadata().pngColourType();
        boolean keyed = image.format() == StillImageFormat.PNG && (colourType == 0 || colourType == 2);
        if (!keyed || (image.mode() != ColourMode.LA && image.mode() != ColourMode.RGBA)) {
            return image;
        }
        PixelBuffer withoutAlpha = new PixelBuffer(image.width(), image.height(), image.mode().channels(), image.samples()).withoutAlpha();
        return image.withPixels(image.mode() == ColourMode.LA ? ColourMode.L : ColourMode.RGB,
                image.width(), image.height(), withoutAlpha.data(), null);
    }

    /** 16-bit samples keep their high byte (PIL's ;16B unpackers and hydrus's {@code // 256}); 1-4 bit samples are scaled up. */
    private static void toBytes(int[] values, int bits, byte[] out, int offset) {
        if (bits == 8) {
            for (int i = 0; i < values.length; i++) {
                out[offset + i] = (byte) values[i];
            }
        } else if (bits > 8) {
            int shift = bits - 8;
            for (int i = 0; i < values.length; i++) {
                out[offset + i] = (byte) (values[i] >>> shift);
            }
        } else {
            int max = (1 << bits) - 1;
            for (int i = 0; i < values.length; i++) {
                out[offset + i] = (byte) (values[i] * 255 / max);
            }
        }
    }

    private static Palette palette(IndexColorModel icm) {
        int size = icm.getMapSize();
        int[] rgb = new int[size];
        int[] alpha = new int[size];
        boolean anyTransparency = icm.getTransparentPixel() >= 0 || icm.hasAlpha();
        for (int i = 0; i < size; i++) {
            rgb[i] = icm.getRGB(i) & 0xFFFFFF;
            alpha[i] = icm.getAlpha(i);
        }
        return new Palette(rgb, anyTransparency ? alpha : null);
    }
}
