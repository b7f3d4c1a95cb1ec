package dev.hydrant.core.files.storage;

import dev.hydrant.core.ByteKey;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The 512 prefix folders of hydrus's layout: {@code f00}…{@code fff} hold files and {@code t00}…{@code tff} their
 * thumbnails, each named by the first byte of the sha256 in hex. A prefix folder lives in exactly one storage
 * location at a time.
 */
public final class Prefixes {
    private static final HexFormat HEX = HexFormat.of();
    /** Every prefix, files first, each kind in byte order. */
    public static final List<String> ALL = all();

    private Prefixes() {
    }

    private static List<String> all() {
        List<String> out = new ArrayList<>(512);
        for (String kind : List.of("f", "t")) {
            for (int b = 0; b < 256; b++) {
                out.add(kind + HEX.toHexDigits((byte) b));
            }
        }
        return List.copyOf(out);
    }

    /** The prefix folder of a file's bytes. */
    public static String ofFile(ByteKey sha256) {
        return "f" + sha256.hex().substring(0, 2);
    }

    /** The prefix folder of a file's thumbnail. */
    public static String ofThumbnail(ByteKey sha256) {
        return "t" + sha256.hex().substring(0, 2);
    }

    public static String ofFile(int prefixByte) {
        return "f" + HEX.toHexDigits((byte) prefixByte);
    }

    public static String ofThumbnail(int prefixByte) {
        return "t" + HEX.toHexDigits((byte) prefixByte);
    }

    public static boolean isPrefix(String text) {
        return text != null && text.matches("[ft][0-9a-f]{2}");
    }

    public static boolean isThumbnailPrefix(String prefix) {
        return prefix.charAt(0) == 't';
    }
}
