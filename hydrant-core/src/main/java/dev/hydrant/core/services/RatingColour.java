package dev.hydrant.core.services;

/** A rating icon colour pair as hydrus reports it: border ("pen") and fill ("brush"), {@code #RRGGBB} upper case. */
public record RatingColour(String pen, String brush) {
    public RatingColour {
        pen = normalise(pen);
        brush = normalise(brush);
    }

    private static String normalise(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (!h.matches("[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("colour must be #RRGGBB: " + hex);
        }
        return "#" + h.toUpperCase(java.util.Locale.ROOT);
    }
}
