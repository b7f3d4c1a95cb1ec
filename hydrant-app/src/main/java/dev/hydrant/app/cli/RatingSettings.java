package dev.hydrant.app.cli;

import dev.hydrant.core.services.RatingColour;
import dev.hydrant.core.services.RatingOptions;
import dev.hydrant.core.services.ServiceType;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The rating-service options of {@code services add} and {@code services configure}: each one given changes the
 * options it starts from, the others stay. Options that do not apply to the service's type are refused (stars and
 * zero: numerical only; shapes and icons: like/dislike and numerical; the dislike and null colours: not inc/dec).
 */
final class RatingSettings {
    @Option(names = "--stars", description = "Numerical: number of stars, 1-20 (new services: 5).")
    Integer stars;

    @Option(names = "--no-zero", description = "Numerical: 0 stars is not a rating.")
    boolean noZero;

    @Option(names = "--allow-zero", description = "Numerical: 0 stars is a rating (new services: yes).")
    boolean allowZero;

    @Option(names = "--shape", description = "Like/dislike or numerical: the star shape (circle, square, fat star, "
            + "pentagram star, six point star, eight point star, x shape, square cross, triangle up/down/right/left, "
            + "diamond, rhombus right/left, hourglass, pentagon, hexagon, small hexagon, heart, teardrop, crescent moon).")
    String shape;

    @Option(names = "--svg", description = "Like/dislike or numerical: a custom SVG icon file (shape \"svg\").")
    Path svg;

    @Option(names = "--show-in-thumbnail", arity = "0..1", fallbackValue = "true",
            description = "Show the rating on thumbnails (true/false).")
    Boolean showInThumbnail;

    @Option(names = "--show-in-thumbnail-even-when-null", arity = "0..1", fallbackValue = "true",
            description = "Show it on thumbnails even when the file has no rating (true/false).")
    Boolean evenWhenNull;

    @Option(names = "--colour", description = "A colour as NAME=#PEN/#BRUSH, NAME one of like, dislike, null, mixed "
            + "(inc/dec: like, mixed). Repeatable.")
    Map<String, String> colours;

    /** Whether any rating option was given. */
    boolean any() {
        return stars != null || noZero || allowZero || shape != null || svg != null || showInThumbnail != null
                || evenWhenNull != null || colours != null;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the icon " + file + ": " + e.getMessage());
        }
    }

    RatingOptions applyTo(ServiceType type, RatingOptions start) {
        RatingOptions r = start;
        if (noZero && allowZero) {
            throw new IllegalArgumentException("--no-zero and --allow-zero contradict each other");
        }
        if (stars != null || noZero || allowZero) {
            if (type != ServiceType.LOCAL_RATING_NUMERICAL) {
                throw new IllegalArgumentException("only numerical services have stars");
            }
            r = r.withStars(stars == null ? r.numStars() : stars, noZero ? false : allowZero || r.allowZero());
        }
        if (svg != null || shape != null) {
            if (!ServiceType.STAR_RATING_SERVICES.contains(type)) {
                throw new IllegalArgumentException("only like/dislike and numerical services have a star shape");
            }
            if (svg != null && shape != null && !shape.equals(RatingOptions.SVG_SHAPE)) {
                throw new IllegalArgumentException("--svg and --shape contradict each other");
            }
            r = svg != null ? r.withShape(RatingOptions.SVG_SHAPE, read(svg)) : r.withShape(shape, null);
        }
        if (showInThumbnail != null || evenWhenNull != null) {
            r = r.withThumbnailDisplay(showInThumbnail == null ? r.showInThumbnail() : showInThumbnail,
                    evenWhenNull == null ? r.showInThumbnailEvenWhenNull() : evenWhenNull);
        }
        if (colours != null) {
            for (Map.Entry<String, String> e : colours.entrySet()) {
                if (type == ServiceType.LOCAL_RATING_INCDEC && !e.getKey().equals("like")
                        && !e.getKey().equals("mixed")) {
                    throw new IllegalArgumentException("inc/dec services have only the like and mixed colours");
                }
                String[] pair = e.getValue().split("/");
                if (pair.length != 2) {
                    throw new IllegalArgumentException("colour must be #PEN/#BRUSH: " + e.getValue());
                }
                r = r.withColour(e.getKey(), new RatingColour(pair[0], pair[1]));
            }
        }
        return r;
    }
}
