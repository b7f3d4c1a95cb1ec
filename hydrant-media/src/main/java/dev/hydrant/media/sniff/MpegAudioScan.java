package dev.hydrant.media.sniff;

/**
 * MPEG audio (layer I/II/III, ffmpeg's {@code mp3} demuxer) and ID3v2 tags.
 *
 * <p>A run of frames is a chain of valid frame headers, each found where the previous frame's size says
 * it ends, agreeing in version, layer and sample rate; free-format frames do not count. Like ffmpeg's
 * probe, the chain at the very start carries the most weight: three frames there are enough, while a
 * run found further in (after junk) needs seven. Random data almost never holds such chains.
 */
final class MpegAudioScan {

    static final int SCAN_BYTES = 64 * 1024;
    private static final int START_CHAIN = 3;
    private static final int INNER_CHAIN = 7;
    private static final int MAX_ID3_TAGS = 64;

    private static final int[][] BITRATES = {
        {0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448},
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384},
        {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320},
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256},
        {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160},
    };
    private static final int[][] SAMPLE_RATES = {{11025, 12000, 8000}, {0, 0, 0}, {22050, 24000, 16000}, {44100, 48000, 32000}};

    private MpegAudioScan() {
    }

    /** Where the data after any leading ID3v2 tags starts (0 when there is none). */
    static long skipId3(FileBytes file) {
        long pos = 0;
        for (int i = 0; i < MAX_ID3_TAGS; i++) {
            byte[] h = file.read(pos, 10);
            if (!isId3Header(h)) {
                break;
            }
            long size = (h[6] & 0x7FL) << 21 | (h[7] & 0x7FL) << 14 | (h[8] & 0x7FL) << 7 | (h[9] & 0x7FL);
            pos += 10 + size + ((h[5] & 0x10) != 0 ? 10 : 0);
        }
        return pos;
    }

    static boolean isId3Header(byte[] h) {
        return h.length >= 10 && ByteFields.matchesAt(h, 0, "ID3") && (h[3] & 0xFF) != 0xFF && (h[4] & 0xFF) != 0xFF
                && ((h[6] | h[7] | h[8] | h[9]) & 0x80) == 0;
    }

    /** Whether the bytes from {@code start} are MPEG audio frames. */
    static boolean looksLikeMpegAudio(FileBytes file, long start) {
        byte[] buffer = file.read(start, SCAN_BYTES);
        if (chainLength(buffer, 0) >= START_CHAIN) {
            return true;
        }
        for (int i = 1; i + 4 <= buffer.length; i++) {
            if ((buffer[i] & 0xFF) == 0xFF && chainLength(buffer, i) >= INNER_CHAIN) {
                return true;
            }
        }
        return false;
    }

    /** The number of consecutive agreeing frames starting at {@code pos}; a frame cut by the buffer counts. */
    static int chainLength(byte[] b, int pos) {
        int frames = 0;
        long first = -1;
        while (pos + 4 <= b.length) {
            long header = ByteFields.u32be(b, pos);
            int size = frameSize(header);
            if (size <= 0 || (first >= 0 && (header & 0xFFFE0C00L) != (first & 0xFFFE0C00L))) {
                break;
            }
            if (first < 0) {
                first = header;
            }
            frames++;
            pos += size;
        }
        return frames;
    }

    /** The byte size of the frame a header announces, or 0 when it is not a usable frame header. */
    static int frameSize(long h) {
        if ((h & 0xFFE00000L) != 0xFFE00000L) {
            return 0;
        }
        int version = (int) (h >>> 19) & 3;
        int layer = (int) (h >>> 17) & 3;
        int bitrateIndex = (int) (h >>> 12) & 0xF;
        int rateIndex = (int) (h >>> 10) & 3;
        int padding = (int) (h >>> 9) & 1;
        if (version == 1 || layer == 0 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
            return 0;
        }
        boolean mpeg1 = version == 3;
        int table = switch (layer) {
            case 3 -> mpeg1 ? 0 : 3;
            case 2 -> mpeg1 ? 1 : 4;
            default -> mpeg1 ? 2 : 4;
        };
        int bitrate = BITRATES[table][bitrateIndex] * 1000;
        int rate = SAMPLE_RATES[version][rateIndex];
        if (layer == 3) {
            return (12 * bitrate / rate + padding) * 4;
        }
        if (layer == 1 && !mpeg1) {
            return 72 * bitrate / rate + padding;
        }
        return 144 * bitrate / rate + padding;
    }
}
