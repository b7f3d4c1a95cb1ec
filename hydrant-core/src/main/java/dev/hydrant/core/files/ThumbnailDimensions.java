package dev.hydrant.core.files;

/**
 * The size hydrus predicts for a file's thumbnail ({@code thumbnail_width}/{@code thumbnail_height}): the image
 * scaled down (never up) to fit the client's bounding box, 150×125 by default, with fractions cut off.
 */
public record ThumbnailDimensions(int width, int height) {
    public static final int DEFAULT_BOUND_WIDTH = 150;
    public static final int DEFAULT_BOUND_HEIGHT = 125;

    /** The predicted size for a file, or null when hydrus reports none (no thumbnail, or no known size). */
    public static ThumbnailDimensions predict(FileType type, Integer width, Integer height) {
        if (!type.canHaveThumbnail() || width == null || height == null || width <= 0 || height <= 0) {
            return null;
        }
        return fit(width, height, DEFAULT_BOUND_WIDTH, DEFAULT_BOUND_HEIGHT);
    }

    public static ThumbnailDimensions fit(int width, int height, int boundWidth, int boundHeight) {
        if (width <= boundWidth && height <= boundHeight) {
            return new ThumbnailDimensions(width, height);
        }
        double widthRatio = (double) width / boundWidth;
        double heightRatio = (double) height / boundHeight;
        double w;
        double h;
        if (widthRatio > heightRatio) {
            w = boundWidth;
            h = height / widthRatio;
        } else {
            w = width / heightRatio;
            h = boundHeight;
        }
        return new ThumbnailDimensions(Math.max((int) w, 1), Math.max((int) h, 1));
    }
}
