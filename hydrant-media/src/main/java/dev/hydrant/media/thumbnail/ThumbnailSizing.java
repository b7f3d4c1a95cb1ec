package dev.hydrant.media.thumbnail;

/**
 * Hydrus's {@code GetThumbnailResolution}: the thumbnail size predicted from a file's size and the
 * client's thumbnail options (bounding box, scale type, device pixel ratio). With the defaults of
 * hydrus 682 (150x125, scale down only, 100%) small images keep their size, larger ones are fitted
 * into the box keeping the aspect ratio, and fractional sizes are truncated (never below 1).
 *
 * @param boundingWidth  bounding box width in logical pixels
 * @param boundingHeight bounding box height in logical pixels
 * @param scaleType      how images are fitted
 * @param dprPercent     device pixel ratio in percent (100 = 1.0)
 */
public record ThumbnailSizing(int boundingWidth, int boundingHeight, ScaleType scaleType, int dprPercent) {

    /** Hydrus 682's default thumbnail options. */
    public static final ThumbnailSizing DEFAULT = new ThumbnailSizing(150, 125, ScaleType.SCALE_DOWN_ONLY, 100);

    /** Hydrus's thumbnail scale types (numbered as in hydrus). */
    public enum ScaleType {
        SCALE_DOWN_ONLY, SCALE_TO_FIT, SCALE_TO_FILL
    }

    /** A thumbnail size. */
    public record Size(int width, int height) {
    }

    public ThumbnailSizing {
        if (boundingWidth <= 0 || boundingHeight <= 0 || dprPercent <= 0) {
            throw new IllegalArgumentException("bounding box and dpr must be positive");
        }
    }

    /**
     * The thumbnail size for a file of the given size. A missing or zero dimension (an SVG without
     * size, say) is treated as a square of the bounding width, as hydrus does.
     */
    public Size sizeFor(Integer width, Integer height) {
        int bw = boundingWidth;
        int bh = boundingHeight;
        if (dprPercent != 100) {
            double dpr = dprPercent / 100.0;
            bh = (int) (bh * dpr);
            bw = (int) (bw * dpr);
        }
        double imWidth;
        double imHeight;
        if (width == null || width == 0 || height == null || height == 0) {
            imWidth = bw;
            imHeight = bw;
        } else {
            imWidth = width;
            imHeight = height;
        }
        if (scaleType == ScaleType.SCALE_DOWN_ONLY && bw >= imWidth && bh >= imHeight) {
            return new Size((int) imWidth, (int) imHeight);
        }
        double imageRatio = imWidth / imHeight;
        double widthRatio = imWidth / bw;
        double heightRatio = imHeight / bh;
        boolean wider = widthRatio > heightRatio;
        boolean taller = heightRatio > widthRatio;
        double thumbWidth = bw;
        double thumbHeight = bh;
        if (scaleType == ScaleType.SCALE_TO_FILL) {
            if (taller) {
                thumbHeight = bw * Math.min(5.0, 1 / imageRatio);
            } else if (wider) {
                thumbWidth = bh * Math.min(5.0, imageRatio);
            }
        } else {
            if (taller) {
                thumbWidth = imWidth / heightRatio;
            } else if (wider) {
                thumbHeight = imHeight / widthRatio;
            }
        }
        return new Size(Math.max((int) thumbWidth, 1), Math.max((int) thumbHeight, 1));
    }
}
