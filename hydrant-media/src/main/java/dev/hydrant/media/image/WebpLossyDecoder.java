package dev.hydrant.media.image;

import dev.hydrant.media.image.webp.FancyUpsampler;
import dev.hydrant.media.image.webp.Vp8Decoder;
import java.nio.charset.StandardCharsets;

/**
 * Still lossy WebP (a {@code VP8 } chunk, optionally with an {@code ALPH} chunk) decoded the way
 * libwebp decodes it for PIL: our own VP8 decoder and libwebp's fancy upsampling for the colour;
 * the alpha plane (lossless-compressed) comes from TwelveMonkeys, whose lossless decoding is exact.
 * Lossless and animated WebP are left to ImageIO.
 */
final class WebpLossyDecoder {

    private final ImageIoDecoder imageIo;

    WebpLossyDecoder(ImageIoDecoder imageIo) {
        this.imageIo = imageIo;
    }

    /** Decodes a still lossy WebP, or returns {@code null} when the file is not one. */
    DecodedImage decode(byte[] data, EmbeddedMetadata metadata) throws ImageDecodeException {
        int vp8Offset = -1;
        int vp8Length = 0;
        boolean alpha = false;
        int pos = 12;
        while (pos + 8 <= data.length) {
            String type = new String(data, pos, 4, StandardCharsets.ISO_8859_1);
            long length = (data[pos + 4] & 0xFFL) | (data[pos + 5] & 0xFFL) << 8 | (data[pos + 6] & 0xFFL) << 16 | (data[pos + 7] & 0xFFL) << 24;
            int body = pos + 8;
            long available = Math.min(length, data.length - body);
            switch (type) {
                case "VP8 " -> {
                    vp8Offset = body;
                    vp8Length = (int) available;
                }
                case "ALPH" -> alpha = true;
                case "ANMF", "VP8L" -> {
                    return null;
                }
                default -> {
                }
            }
            pos = (int) Math.min((long) data.length, body + length + (length & 1));
        }
        if (vp8Offset < 0 || vp8Length < 10) {
            return null;
        }
        int width = ((data[vp8Offset + 6] & 0xFF) | (data[vp8Offset + 7] & 0xFF) << 8) & 0x3FFF;
        int height = ((data[vp8Offset + 8] & 0xFF) | (data[vp8Offset + 9] & 0xFF) << 8) & 0x3FFF;
        imageIo.checkPixelLimit(width, height);
        byte[] rgb;
        try {
            rgb = FancyUpsampler.toRgb(Vp8Decoder.decode(data, vp8Offset, vp8Length));
        } catch (RuntimeException e) {
            throw new ImageDecodeException("Could not decode VP8 data: " + e.getMessage(), e);
        }
        if (!alpha) {
            return new DecodedImage(StillImageFormat.WEBP, ColourMode.RGB, width, height, rgb, null, metadata);
        }
        DecodedImage withAlpha = imageIo.decode(StillImageFormat.WEBP, data, metadata);
        if (withAlpha.mode() != ColourMode.RGBA || withAlpha.width() != width || withAlpha.height() != height) {
            throw new ImageDecodeException("WebP alpha plane does not fit the VP8 frame");
        }
        byte[] rgba = withAlpha.samples().clone();
        for (int p = 0; p < width * height; p++) {
            System.arraycopy(rgb, p * 3, rgba, p * 4, 3);
        }
        return new DecodedImage(StillImageFormat.WEBP, ColourMode.RGBA, width, height, rgba, null, metadata);
    }
}
