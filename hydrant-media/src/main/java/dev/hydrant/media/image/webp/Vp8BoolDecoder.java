package dev.hydrant.media.image.webp;

/**
 * The VP8 boolean entropy decoder (RFC 6386 section 7). Reading past the end of the partition
 * yields zero bytes, as libwebp does.
 */
final class Vp8BoolDecoder {

    private final byte[] data;
    private final int end;
    private int position;
    private int value;
    private int range;
    private int bitCount;

    Vp8BoolDecoder(byte[] data, int offset, int length) {
        this.data = data;
        this.position = offset;
        this.end = Math.min(data.length, offset + Math.max(0, length));
        this.value = (nextByte() << 8) | nextByte();
        this.range = 255;
        this.bitCount = 0;
    }

    private int nextByte() {
        return position < end ? data[position++] & 0xFF : 0;
    }

    /** One boolean whose probability of being 0 is {@code probability / 256}. */
    int bit(int probability) {
        int split = 1 + (((range - 1) * probability) >> 8);
        int bigSplit = split << 8;
        int result;
        if (value >= bigSplit) {
            result = 1;
            range -= split;
            value -= bigSplit;
        } else {
            result = 0;
            range = split;
        }
        while (range < 128) {
            value <<= 1;
            range <<= 1;
            if (++bitCount == 8) {
                bitCount = 0;
                value |= nextByte();
            }
        }
        return result;
    }

    /** An unsigned {@code bits}-bit literal, most significant bit first. */
    int literal(int bits) {
        int v = 0;
        while (bits-- > 0) {
            v |= bit(128) << bits;
        }
        return v;
    }

    /** A magnitude followed by a sign bit. */
    int signedLiteral(int bits) {
        int v = literal(bits);
        return bit(128) == 1 ? -v : v;
    }

    /** An optional signed value: a flag, then (if set) magnitude and sign. */
    int optionalSigned(int bits) {
        return bit(128) == 1 ? signedLiteral(bits) : 0;
    }
}
