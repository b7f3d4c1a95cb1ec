package dev.hydrant.core.search.predicate;

/** Where a file was viewed, for file viewing statistics. */
public enum ViewCanvas {
    /** The media viewer ({@code media}). */
    MEDIA("media"),
    /** The preview panel ({@code preview}). */
    PREVIEW("preview"),
    /** Views reported through the Client API ({@code client api}). */
    CLIENT_API("client api");

    private final String text;

    ViewCanvas(String text) {
        this.text = text;
    }

    /** The word a predicate names it with. */
    public String text() {
        return text;
    }
}
