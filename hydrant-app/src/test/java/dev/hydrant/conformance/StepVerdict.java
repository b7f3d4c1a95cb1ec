package dev.hydrant.conformance;

/**
 * How one replayed step relates to hydrus's recording.
 *
 * @param detail the endpoint for PENDING, the deviation or difference for DEVIATION/KNOWN_DIFFERENCE, the
 *               differences for FAIL
 */
public record StepVerdict(Kind kind, int n, String id, String method, String path, String detail) {
    /** The kinds of outcome. */
    public enum Kind {
        /** Equal to hydrus after normalisation. */
        PASS,
        /** One of the deliberate deviations D1–D7, and Hydrant answered as that deviation says. */
        DEVIATION,
        /** A documented difference (docs/COMPATIBILITY.md) confined to the fields it names. */
        KNOWN_DIFFERENCE,
        /** The endpoint's job is not built yet (the server answered 501 NotImplementedException). */
        PENDING,
        /** Anything else: a real behavioural difference. */
        FAIL
    }
}
