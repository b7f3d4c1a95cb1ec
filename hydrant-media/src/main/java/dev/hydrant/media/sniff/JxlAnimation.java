package dev.hydrant.media.sniff;

import java.io.ByteArrayOutputStream;

/**
 * Still versus animated JPEG XL. Hydrus asks ffmpeg whether the file decodes to more than one frame; from
 * the bytes we read the codestream header's {@code have_animation} flag instead (size header, then image
 * metadata: all_default, extra_fields, orientation, intrinsic size, preview header, have_animation). For
 * the ISO-BMFF container the codestream is taken from the {@code jxlc} box or the {@code jxlp} boxes.
 * A header that cannot be read counts as still.
 */
final class JxlAnimation {

    private static final int CODESTREAM_BYTES_NEEDED = 64;
    private static final int MAX_BOXES = 10_000;

    private JxlAnimation() {
    }

    static boolean isAnimated(FileBytes file) {
        try {
            byte[] codestream = codestream(file);
            if (codestream.length < 2 || (codestream[0] & 0xFF) != 0xFF || codestream[1] != 0x0A) {
                return false;
            }
            return new Bits(codestream, 2).haveAnimation();
        } catch (SniffLimitException | IndexOutOfBoundsException e) {
            return false;
        }
    }

    private static byte[] codestream(FileBytes file) {
        byte[] head = file.head();
        if ((ByteFields.u8(head, 0)) == 0xFF && ByteFields.u8(head, 1) == 0x0A) {
            return file.prefix(CODESTREAM_BYTES_NEEDED);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long pos = 0;
        for (int i = 0; i < MAX_BOXES && pos + 8 <= file.size() && out.size() < CODESTREAM_BYTES_NEEDED; i++) {
            byte[] header = file.read(pos, 16);
            long size = ByteFields.u32be(header, 0);
            String type = ByteFields.fourCc(header, 4);
            int headerLength = 8;
            if (size == 1) {
                size = ByteFields.u64be(header, 8);
                headerLength = 16;
            } else if (size == 0) {
                size = file.size() - pos;
            }
            if (size < headerLength) {
                break;
            }
            if (type.equals("jxlc") || type.equals("jxlp")) {
                int skip = type.equals("jxlp") ? 4 : 0;
                long payload = size - headerLength - skip;
                int want = (int) Math.min(payload, CODESTREAM_BYTES_NEEDED - out.size());
                if (want > 0) {
                    out.writeBytes(file.read(pos + headerLength + skip, want));
                }
            }
            pos += size;
        }
        return out.toByteArray();
    }

    /** Least-significant-bit-first reader over the codestream header. */
    private static final class Bits {
        private final byte[] data;
        private long bit;

        Bits(byte[] data, int startByte) {
            this.data = data;
            this.bit = startByte * 8L;
        }

        int read(int n) {
            int value = 0;
            for (int i = 0; i < n; i++) {
                int byteIndex = (int) (bit >>> 3);
                if (byteIndex >= data.length) {
                    throw new IndexOutOfBoundsException("jxl header truncated");
                }
                int b = (data[byteIndex] >>> (bit & 7)) & 1;
                value |= b << i;
                bit++;
            }
            return value;
        }

        boolean bool() {
            return read(1) == 1;
        }

        /** A U32 field: a 2-bit selector, then {@code bits[sel]} bits plus {@code offsets[sel]}. */
        long u32(int[] bits, int[] offsets) {
            int selector = read(2);
            return (long) read(bits[selector]) + offsets[selector];
        }

        void sizeHeader() {
            boolean small = bool();
            if (small) {
                read(5);
            } else {
                u32(new int[] {9, 13, 18, 30}, new int[] {1, 1, 1, 1});
            }
            int ratio = read(3);
            if (ratio == 0) {
                if (small) {
                    read(5);
                } else {
                    u32(new int[] {9, 13, 18, 30}, new int[] {1, 1, 1, 1});
                }
            }
        }

        void previewHeader() {
            boolean div8 = bool();
            int[] bits = div8 ? new int[] {0, 0, 5, 9} : new int[] {6, 8, 10, 12};
            int[] offsets = div8 ? new int[] {16, 32, 1, 33} : new int[] {1, 65, 321, 1345};
            u32(bits, offsets);
            int ratio = read(3);
            if (ratio == 0) {
                u32(bits, offsets);
            }
        }

        boolean haveAnimation() {
            sizeHeader();
            boolean allDefault = bool();
            if (allDefault) {
                return false;
            }
            boolean extraFields = bool();
            if (!extraFields) {
                return false;
            }
            read(3);
            if (bool()) {
                sizeHeader();
            }
            if (bool()) {
                previewHeader();
            }
            return bool();
        }
    }
}
