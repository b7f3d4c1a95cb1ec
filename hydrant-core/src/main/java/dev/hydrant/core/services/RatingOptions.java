package dev.hydrant.core.services;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a rating service is configured.
 *
 * @param starShape one of {@link #SHAPES}, or {@code "svg"} when {@code svg} holds a custom icon (star services only)
 * @param colours   keyed by "like", "dislike", "null", "mixed" (in that order)
 * @param numStars  numerical services: 1–20
 * @param allowZero numerical services: whether 0 stars is a rating
 * @param svg       the custom SVG document, or null
 */
public record RatingOptions(String starShape, Map<String, RatingColour> colours, boolean showInThumbnail,
                            boolean showInThumbnailEvenWhenNull, int numStars, boolean allowZero, String svg) {

    public static final List<String> SHAPES = List.of("circle", "square", "fat star", "pentagram star",
            "six point star", "eight point star", "x shape", "square cross", "triangle up", "triangle down",
            "triangle right", "triangle left", "diamond", "rhombus right", "rhombus left", "hourglass", "pentagon",
            "hexagon", "small hexagon", "heart", "teardrop", "crescent moon");
    public static final String SVG_SHAPE = "svg";

    public RatingOptions {
        colours = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(colours));
        if (!SHAPES.contains(starShape) && !SVG_SHAPE.equals(starShape)) {
            throw new IllegalArgumentException("unknown star shape: " + starShape);
        }
        if (SVG_SHAPE.equals(starShape) != (svg != null)) {
            throw new IllegalArgumentException("the svg shape needs an svg document, and only it");
        }
        if (numStars < 1 || numStars > 20) {
            throw new IllegalArgumentException("number of stars must be 1-20");
        }
    }

    private static Map<String, RatingColour> colours(String like, String dislike) {
        Map<String, RatingColour> c = new LinkedHashMap<>();
        c.put("like", new RatingColour("#000000", like));
        c.put("dislike", new RatingColour("#000000", dislike));
        c.put("null", new RatingColour("#000000", "#BFBFBF"));
        c.put("mixed", new RatingColour("#000000", "#5F5F5F"));
        return c;
    }

    /** A new like/dislike service as hydrus makes it. */
    public static RatingOptions defaultLikeDislike() {
        return new RatingOptions("circle", colours("#50C878", "#C85078"), false, false, 1, true, null);
    }

    /** A new numerical service as hydrus makes it: five stars, zero allowed. */
    public static RatingOptions defaultNumerical() {
        return new RatingOptions("circle", colours("#50C878", "#FFFFFF"), false, false, 5, true, null);
    }

    /** A new inc/dec service as hydrus makes it. */
    public static RatingOptions defaultIncDec() {
        return new RatingOptions("circle", colours("#50C878", "#FFFFFF"), false, false, 1, true, null);
    }

    /** The {@code favourites} service of a fresh hydrus client. */
    public static RatingOptions favourites() {
        return new RatingOptions("fat star", colours("#F0F041", "#C85078"), false, false, 1, true, null);
    }

    public RatingOptions withShape(String shape, String svgDocument) {
        return new RatingOptions(shape, colours, showInThumbnail, showInThumbnailEvenWhenNull, numStars, allowZero,
                svgDocument);
    }

    public RatingOptions withStars(int stars, boolean zeroAllowed) {
        return new RatingOptions(starShape, colours, showInThumbnail, showInThumbnailEvenWhenNull, stars, zeroAllowed,
                svg);
    }

    public RatingOptions withThumbnailDisplay(boolean show, boolean evenWhenNull) {
        return new RatingOptions(starShape, colours, show, evenWhenNull, numStars, allowZero, svg);
    }

    public RatingOptions withColour(String which, RatingColour colour) {
        if (!colours.containsKey(which)) {
            throw new IllegalArgumentException("unknown colour: " + which);
        }
        Map<String, RatingColour> c = new LinkedHashMap<>(colours);
        c.put(which, colour);
        return new RatingOptions(starShape, c, showInThumbnail, showInThumbnailEvenWhenNull, numStars, allowZero, svg);
    }
}
