package dev.hydrant.media.image;

import dev.hydrant.media.image.webp.FancyUpsampler;
import dev.hydrant.media.image.webp.Vp8Decoder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * WebP decoded the way libwebp decodes it for PIL, for the cases TwelveMonkeys does not reproduce:
 * lossy colour ({@code VP8 } chunks) goes through our own VP8 decoder and libwebp's fancy
 * upsampling, and an animation yields its first frame composited onto a transparent canvas (what
 * PIL shows, and what hydrus thumbnails). Lossless data, including {@code ALPH} planes, is left to
 * TwelveMonkeys, whose lossless decoding is exact; a plain lossless still returns {@code null} so
 * the caller uses ImageIO directly.
 */
final class WebpDecoder {

    private record Chunk(String type, int offset, int length) {
    }

    private final ImageIoDecoder imageIo;

    WebpDecoder(ImageIoDecoder imageIo) {
        this.imageIo = imageIo;
    }

    DecodedImage decode(byte[] data, EmbeddedMetadata metadata) throws ImageDecodeException {
        List<Chunk> chunks = chunks(data, 12, data.length);
        Chunk vp8x = find(chunks, "VP8X");
        Chunk firstFrame = find(chunks, "ANMF");
        if (firstFrame != null && vp8x != null && vp8x.length() >= 10) {
            return firstAnimationFrame(data, vp8x, firstFrame, metadata);
        }
        Chunk vp8 = find(chunks, "VP8 ");
        if (vp8 == null) {
            return null;
        }
        byte[] rgba = frame(data, vp8, find(chunks, "ALPH"), metadata);
        int w = vp8Width(data, vp8);
        int h = vp8Height(data, vp8);
        if (find(chunks, "ALPH") == null) {
            return new DecodedImage(StillImageFormat.WEBP, ColourMode.RGB, w, h, dropAlpha(rgba), null, metadata);
        }
        return new DecodedImage(StillImageFormat.WEBP, ColourMode.RGBA, w, h, rgba, null, metadata);
    }

    private DecodedImage firstAnimationFrame(byte[] data, Chunk vp8x, Chunk anmf, EmbeddedMetadata metadata)
            throws ImageDecodeException {
        int flags = data[vp8x.offset()] & 0xFF;
        boolean canvasAlpha = (flags & 0x10) != 0;
        int canvasW = u24(data, vp8x.offset() + 4) + 1;
        int canvasH = u24(data, vp8x.offset() + 7) + 1;
        imageIo.checkPixelLimit(canvasW, canvasH);
        if (anmf.length() < 16) {
            throw new ImageDecodeException("Truncated WebP animation frame");
        }
        int x0 = u24(data, anmf.offset()) * 2;
        int y0 = u24(data, anmf.offset() + 3) * 2;
        List<Chunk> inner = chunks(data, anmf.offset() + 16, anmf.offset() + anmf.length());
        Chunk vp8 = find(inner, "VP8 ");
        Chunk alph = find(inner, "ALPH");
        Chunk vp8l = find(inner, "VP8L");
        int fw;
        int fh;
        byte[] rgba;
        if (vp8 != null) {
            fw = vp8Width(data, vp8);
            fh = vp8Height(data, vp8);
            rgba = frame(data, vp8, alph, metadata);
        } else if (vp8l != null) {
            DecodedImage lossless = imageIo.decode(StillImageFormat.WEBP, riff(data, null, List.of(vp8l)), metadata);
            fw = lossless.width();
            fh = lossless.height();
            rgba = ModeConversion.convert(lossless, true).data();
        } else {
            throw new ImageDecodeException("WebP animation frame has no image data");
        }
        byte[] canvas = new byte[canvasW * canvasH * 4];
        for (int y = 0; y < fh && y0 + y < canvasH; y++) {
            int count = Math.min(fw, canvasW - x0);
            if (count > 0) {
                System.arraycopy(rgba, y * fw * 4, canvas, ((y0 + y) * canvasW + x0) * 4, count * 4);
            }
        }
        if (!canvasAlpha) {
            return new DecodedImage(StillImageFormat.WEBP, ColourMode.RGB, canvasW, canvasH, dropAlpha(canvas), null, metadata);
        }
        return new DecodedImage(StillImageFormat.WEBP, ColourMode.RGBA, canvasW, canvasH, canvas, null, metadata);
    }

    /** RGBA of one lossy frame: our VP8 colour, plus the ALPH plane (through TwelveMonkeys) or opaque. */
    private byte[] frame(byte[] data, Chunk vp8, Chunk alph, EmbeddedMetadata metadata) throws ImageDecodeException {
        int w = vp8Width(data, vp8);
        int h = vp8Height(data, vp8);
        imageIo.checkPixelLimit(w, h);
        byte[] rgb;
        try {
            rgb = FancyUpsampler.toRgb(Vp8Decoder.decode(data, vp8.offset(), vp8.length()));
        } catch (RuntimeException e) {
            throw new ImageDecodeException("Could not decode VP8 data: " + e.getMessage(), e);
        }
        byte[] rgba = new byte[w * h * 4];
        for (int p = 0; p < w * h; p++) {
            System.arraycopy(rgb, p * 3, rgba, p * 4, 3);
            rgba[p * 4 + 3] = (byte) 0xFF;
        }
        if (alph != null) {
            byte[] still = riff(data, new int[] {w, h}, List.of(alph, vp8));
            DecodedImage withAlpha = imageIo.decode(StillImageFormat.WEBP, still, metadata);
            if (withAlpha.mode() != ColourMode.RGBA || withAlpha.width() != w || withAlpha.height() != h) {
                throw new ImageDecodeException("WebP alpha plane does not fit the VP8 frame");
            }
            byte[] a = withAlpha.samples();
            for (int p = 0; p < w * h; p++) {
                rgba[p * 4 + 3] = a[p * 4 + 3];
            }
        }
        return rgba;
    }

    private static int vp8Width(byte[] d, Chunk vp8) {
        return ((d[vp8.offset() + 6] & 0xFF) | (d[vp8.offset() + 7] & 0xFF) << 8) & 0x3FFF;
    }

    private static int vp8Height(byte[] d, Chunk vp8) {
        return ((d[vp8.offset() + 8] & 0xFF) | (d[vp8.offset() + 9] & 0xFF) << 8) & 0x3FFF;
    }

    private static byte[] dropAlpha(byte[] rgba) {
        byte[] rgb = new byte[rgba.length / 4 * 3];
        for (int p = 0, o = 0; p < rgba.length; p += 4, o += 3) {
            System.arraycopy(rgba, p, rgb, o, 3);
        }
        return rgb;
    }

    /**
     * Wraps chunks into a standalone RIFF/WEBP file, preceded (when {@code alphaCanvas} gives a
     * width and height) by a VP8X chunk announcing an alpha channel, so that one frame can be
     * decoded as a still.
     */
    private static byte[] riff(byte[] data, int[] alphaCanvas, List<Chunk> chunks) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WEBP".getBytes(StandardCharsets.ISO_8859_1));
        if (alphaCanvas != null) {
            body.writeBytes("VP8X".getBytes(StandardCharsets.ISO_8859_1));
            writeLe(body, 10, 4);
            body.write(0x10);
            writeLe(body, 0, 3);
            writeLe(body, alphaCanvas[0] - 1, 3);
            writeLe(body, alphaCanvas[1] - 1, 3);
        }
        for (Chunk chunk : chunks) {
            body.writeBytes(chunk.type().getBytes(StandardCharsets.ISO_8859_1));
            writeLe(body, chunk.length(), 4);
            body.write(data, chunk.offset(), chunk.length());
            if ((chunk.length() & 1) == 1) {
                body.write(0);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.ISO_8859_1));
        writeLe(out, body.size(), 4);
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    private static void writeLe(ByteArrayOutputStream out, int value, int bytes) {
        for (int i = 0; i < bytes; i++) {
            out.write((value >>> (8 * i)) & 0xFF);
        }
    }

    private static List<Chunk> chunks(byte[] data, int from, int to) {
        List<Chunk> out = new ArrayList<>();
        int pos = from;
        to = Math.min(to, data.length);
        while (pos + 8 <= to) {
            String type = new String(data, pos, 4, StandardCharsets.ISO_8859_1);
            long length = (data[pos + 4] & 0xFFL) | (data[pos + 5] & 0xFFL) << 8 | (data[pos + 6] & 0xFFL) << 16 | (data[pos + 7] & 0xFFL) << 24;
            int body = pos + 8;
            int available = (int) Math.min(length, to - body);
            out.add(new Chunk(type, body, available));
            long next = body + length + (length & 1);
            if (next > to) {
                break;
            }
            pos = (int) next;
        }
        return out;
    }

    private static Chunk find(List<Chunk> chunks, String type) {
        for (Chunk chunk : chunks) {
            if (chunk.type().equals(type)) {
                return chunk;
            }
        }
        return null;
    }

    private static int u24(byte[] d, int at) {
        return (d[at] & 0xFF) | (d[at + 1] & 0xFF) << 8 | (d[at + 2] & 0xFF) << 16;
    }
}
