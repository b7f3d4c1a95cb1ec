package dev.hydrant.media.image;

/** The still-image container formats the loader understands, recognised from their leading bytes. */
public enum StillImageFormat {
    JPEG, PNG, GIF, BMP, WEBP, TIFF, ICO, PSD;

    /** Recognises the format from the first bytes of a file, or returns {@code null}. */
    public static StillImageFormat sniff(byte[] head) {
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(head, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (startsWith(head, 'B', 'M')) {
            return BMP;
        }
        if (head.length >= 12 && startsWith(head, 'R', 'I', 'F', 'F')
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return WEBP;
        }
        if (startsWith(head, 'I', 'I', 0x2A, 0x00) || startsWith(head, 'M', 'M', 0x00, 0x2A)) {
            return TIFF;
        }
        if (startsWith(head, 0x00, 0x00, 0x01, 0x00)) {
            return ICO;
        }
        if (startsWith(head, '8', 'B', 'P', 'S')) {
            return PSD;
        }
        return null;
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
