package dev.hydrant.media.sniff;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Cover pictures in a vorbis comment header, as ffmpeg turns them into streams: each
 * {@code METADATA_BLOCK_PICTURE} comment (key case-insensitive) holds a base64 FLAC picture block whose
 * mime type gives the picture's codec; pictures of unknown mime types make no stream.
 */
final class VorbisComment {

    private static final int MAX_COMMENTS = 100_000;
    private static final String KEY = "metadata_block_picture=";

    private VorbisComment() {
    }

    static void pictures(byte[] packet, int magicLength, List<ContainerStream> out) {
        int pos = magicLength;
        long vendorLength = ByteFields.u32le(packet, pos);
        pos += 4;
        if (vendorLength > packet.length - pos) {
            return;
        }
        pos += (int) vendorLength;
        long count = ByteFields.u32le(packet, pos);
        pos += 4;
        for (long i = 0; i < count && i < MAX_COMMENTS && pos + 4 <= packet.length; i++) {
            long length = ByteFields.u32le(packet, pos);
            pos += 4;
            if (length > packet.length - pos) {
                return;
            }
            int end = pos + (int) length;
            if (length > KEY.length()) {
                String key = new String(packet, pos, KEY.length(), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
                if (key.equals(KEY)) {
                    String codec = pictureCodec(packet, pos + KEY.length(), end);
                    if (codec != null) {
                        out.add(ContainerStream.video(codec));
                    }
                }
            }
            pos = end;
        }
    }

    /** The codec of a base64 FLAC picture block, read from its first few kilobytes. */
    private static String pictureCodec(byte[] packet, int from, int to) {
        int chars = Math.min(to - from, 8192) & ~3;
        byte[] block;
        try {
            block = Base64.getDecoder().decode(new String(packet, from, chars, StandardCharsets.ISO_8859_1));
        } catch (IllegalArgumentException e) {
            return null;
        }
        long mimeLength = ByteFields.u32be(block, 4);
        if (mimeLength <= 0 || mimeLength >= 64 || 8 + mimeLength > block.length) {
            return null;
        }
        String mime = new String(block, 8, (int) mimeLength, StandardCharsets.ISO_8859_1);
        return CodecNames.pictureMime(mime);
    }
}
