package dev.hydrant.media.svg;

/** Raised from inside a render when its time budget is spent; the rasteriser turns it into a refusal. */
final class SvgRenderTimeout extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SvgRenderTimeout() {
        super("SVG rendering took too long", null, false, false);
    }
}
