package dev.hydrant.media.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Pulls ICC profiles, EXIF orientation and PNG colour chunks straight out of the container bytes,
 * the way PIL exposes them in {@code Image.info} (so that the loader can make the same decisions).
 */
final class EmbeddedMetadataReader {

    private EmbeddedMetadataReader() {
    }

    static EmbeddedMetadata read(StillImageFormat format, byte[] data) {
        try {
            return switch (format) {
                case JPEG -> jpeg(data);
                case PNG -> png(data);
                case WEBP -> webp(data);
                case TIFF -> tiff(data);
                default -> EmbeddedMetadata.NONE;
            };
        } catch (RuntimeException e) {
            // damaged metadata never stops the pixels from loading; PIL is just as forgiving
            return EmbeddedMetadata.NONE;
        }
    }

    private static EmbeddedMetadata jpeg(byte[] d) {
        int pos = 2;
        byte[] exif = null;
        Map<Integer, byte[]> iccChunks = new TreeMap<>();
        while (pos + 4 <= d.length) {
            if ((d[pos] & 0xFF) != 0xFF) {
                break;
            }
            int marker = d[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++;
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                pos += 2;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                break;
            }
            int length = (d[pos + 2] & 0xFF) << 8 | (d[pos + 3] & 0xFF);
            int payload = pos + 4;
            int payloadLength = Math.min(length - 2, d.length - payload);
            if (marker == 0xE1 && exif == null && startsWith(d, payload, "Exif\0\0")) {
                exif = slice(d, payload + 6, payloadLength - 6);
            } else if (marker == 0xE2 && startsWith(d, payload, "ICC_PROFILE\0") && payloadLength > 14) {
                int sequence = d[payload + 12] & 0xFF;
                iccChunks.putIfAbsent(sequence, slice(d, payload + 14, payloadLength - 14));
            }
            pos += 2 + length;
        }
        byte[] icc = null;
        if (!iccChunks.isEmpty()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            iccChunks.values().forEach(out::writeBytes);
            icc = out.toByteArray();
        }
        int orientation = exif == null ? 1 : ExifOrientationReader.orientation(exif, 0);
        return new EmbeddedMetadata(icc, orientation, exif != null && exif.length > 8, null, null, false, -1, -1);
    }

    private static EmbeddedMetadata png(byte[] d) {
        int pos = 8;
        int colourType = -1;
        int bitDepth = -1;
        Double gamma = null;
        double[] chromaticity = null;
        boolean srgb = false;
        byte[] icc = null;
        boolean exif = false;
        while (pos + 8 <= d.length) {
            int length = (int) u32be(d, pos);
            String type = new String(d, pos + 4, 4, StandardCharsets.ISO_8859_1);
            int body = pos + 8;
            if (length < 0 || body + length > d.length) {
                break;
            }
            switch (type) {
                case "IHDR" -> {
                    bitDepth = d[body + 8] & 0xFF;
                    colourType = d[body + 9] & 0xFF;
                }
                case "gAMA" -> gamma = u32be(d, body) / 100000.0;
                case "cHRM" -> {
                    chromaticity = new double[8];
                    for (int i = 0; i < 8; i++) {
                        chromaticity[i] = u32be(d, body + 4 * i) / 100000.0;
                    }
                }
                case "sRGB" -> srgb = true;
                case "iCCP" -> icc = iccp(d, body, length);
                case "eXIf" -> exif = length > 8;
                default -> {
                }
            }
            if (type.equals("IDAT") || type.equals("IEND")) {
                break;
            }
            pos = body + length + 4;
        }
        return new EmbeddedMetadata(icc, 1, exif, gamma, chromaticity, srgb, colourType, bitDepth);
    }

    private static byte[] iccp(byte[] d, int body, int length) {
        int nameEnd = body;
        while (nameEnd < body + length && d[nameEnd] != 0) {
            nameEnd++;
        }
        int compressed = nameEnd + 2;
        if (compressed > body + length) {
            return null;
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(d, compressed, body + length - compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
                if (out.size() > 64 << 20) {
                    return null;
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    private static EmbeddedMetadata webp(byte[] d) {
        int pos = 12;
        byte[] icc = null;
        int orientation = 1;
        boolean hasExif = false;
        while (pos + 8 <= d.length) {
            String type = new String(d, pos, 4, StandardCharsets.ISO_8859_1);
            int length = (int) u32le(d, pos + 4);
            int body = pos + 8;
            if (length < 0 || body + length > d.length) {
                break;
            }
            if (type.equals("ICCP")) {
                icc = slice(d, body, length);
            } else if (type.equals("EXIF")) {
                int start = startsWith(d, body, "Exif\0\0") ? body + 6 : body;
                hasExif = body + length - start > 8;
                orientation = ExifOrientationReader.orientation(slice(d, start, body + length - start), 0);
            }
            pos = body + length + (length & 1);
        }
        return new EmbeddedMetadata(icc, orientation, hasExif, null, null, false, -1, -1);
    }

    private static EmbeddedMetadata tiff(byte[] d) {
        ExifOrientationReader.ByteReader r = new ExifOrientationReader.ByteReader(d, 0, d[0] == 'I');
        long ifd = r.u32(4);
        int count = r.u16(ifd);
        byte[] icc = null;
        for (int i = 0; i < count; i++) {
            long entry = ifd + 2 + 12L * i;
            if (r.u16(entry) == 34675) {
                int n = (int) r.u32(entry + 4);
                icc = n <= 4 ? slice(d, (int) entry + 8, n) : slice(d, (int) r.u32(entry + 8), n);
            }
        }
        int orientation = ExifOrientationReader.orientation(d, 0);
        return new EmbeddedMetadata(icc, orientation, count > 0, null, null, false, -1, -1);
    }

    private static boolean startsWith(byte[] d, int at, String ascii) {
        if (at + ascii.length() > d.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (d[at + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] d, int from, int length) {
        int end = Math.min(d.length, from + Math.max(0, length));
        byte[] out = new byte[Math.max(0, end - from)];
        System.arraycopy(d, from, out, 0, out.length);
        return out;
    }

    private static long u32be(byte[] d, int at) {
        return ((long) (d[at] & 0xFF) << 24) | ((d[at + 1] & 0xFF) << 16) | ((d[at + 2] & 0xFF) << 8) | (d[at + 3] & 0xFF);
    }

    private static long u32le(byte[] d, int at) {
        return ((long) (d[at + 3] & 0xFF) << 24) | ((d[at + 2] & 0xFF) << 16) | ((d[at + 1] & 0xFF) << 8) | (d[at] & 0xFF);
    }
}
