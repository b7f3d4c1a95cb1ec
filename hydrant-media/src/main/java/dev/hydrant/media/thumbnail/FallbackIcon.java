package dev.hydrant.media.thumbnail;

import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.FileTypeGroup;
import dev.hydrant.media.image.PixelBuffer;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * The icons that stand in for a thumbnail, as hydrus's default thumbnails do: PDF files (and anything
 * whose real thumbnail cannot be made) get the icon fitted into their thumbnail box; audio, archives and
 * unknown files are served a fixed-size icon as it is. The drawings are our own.
 */
public enum FallbackIcon {
    /** Served as it is for audio files: 125 x 125, like hydrus's {@code audio.png}. */
    AUDIO(125, 125, "UxJ*;rM{D%Rj9Ft7xuof4Tt7t7oft7RjWBWB"),
    VIDEO(125, 125, null),
    IMAGE(125, 125, null),
    PDF(125, 125, "UiLzXDMd00Mxm,$*xat78_-pxuWV%2bHNGae"),
    DOCUMENT(125, 125, null),
    /** Served as it is for zip, 7z and other archives: 158 x 200, like hydrus's {@code zip.png}. */
    ARCHIVE(158, 200, null),
    /** Served as it is for files of no known type: 200 x 200, like hydrus's {@code hydrus.png}. */
    UNKNOWN(200, 200, null);

    private final int width;
    private final int height;
    private final String hydrusBlurhash;

    FallbackIcon(int width, int height, String hydrusBlurhash) {
        this.width = width;
        this.height = height;
        this.hydrusBlurhash = hydrusBlurhash;
    }

    /** The size the icon is served at when it is served as it is. */
    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /**
     * The blurhash hydrus 682 stores for files that get this icon (for PDF: fitted into the default
     * thumbnail box), or {@code null} when the corpus does not show one. Hydrus hashes its own icon
     * picture; we report its value so clients see the same placeholder data.
     */
    public String hydrusBlurhash() {
        return hydrusBlurhash;
    }

    /** Hydrus's default-thumbnail choice for a filetype. */
    public static FallbackIcon forType(FileType type) {
        if (type == FileType.APPLICATION_PDF) {
            return PDF;
        }
        FileTypeGroup group = type.group();
        if (group == null) {
            return UNKNOWN;
        }
        return switch (group) {
            case AUDIO -> AUDIO;
            case VIDEO, ANIMATION -> VIDEO;
            case IMAGE, IMAGE_PROJECT -> IMAGE;
            case ARCHIVE -> ARCHIVE;
            case APPLICATION -> type == FileType.APPLICATION_FLASH ? VIDEO : DOCUMENT;
        };
    }

    /** The icon at its own size, RGBA. */
    public PixelBuffer draw() {
        return drawFitted(width, height);
    }

    /**
     * The icon scaled to fit inside {@code boxWidth x boxHeight} keeping its shape, centred on a transparent
     * canvas of exactly that size (what hydrus does with {@code ImageOps.pad}); RGBA.
     */
    public PixelBuffer drawFitted(int boxWidth, int boxHeight) {
        double scale = Math.min((double) boxWidth / width, (double) boxHeight / height);
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        BufferedImage canvas = new BufferedImage(boxWidth, boxHeight, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.translate((boxWidth - w) / 2, (boxHeight - h) / 2);
            IconPainter.paint(this, g, w, h);
        } finally {
            g.dispose();
        }
        int[] argb = ((DataBufferInt) canvas.getRaster().getDataBuffer()).getData();
        byte[] rgba = new byte[boxWidth * boxHeight * 4];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            rgba[i * 4] = (byte) (p >> 16);
            rgba[i * 4 + 1] = (byte) (p >> 8);
            rgba[i * 4 + 2] = (byte) p;
            rgba[i * 4 + 3] = (byte) (p >>> 24);
        }
        return new PixelBuffer(boxWidth, boxHeight, 4, rgba);
    }
}
