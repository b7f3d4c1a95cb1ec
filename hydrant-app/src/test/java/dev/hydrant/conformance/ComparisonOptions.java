package dev.hydrant.conformance;

/**
 * How {@link TranscriptComparer} compares normalised steps.
 *
 * @param orderedKeys            also report JSON objects whose common keys come in a different order
 *                               (record.py's {@code --ordered}; the {@code headers} object is exempt, header
 *                               order being informative only)
 * @param withSha256             keep {@code body.sha256} (record.py's {@code --with-sha}); by default only the
 *                               length, type and image size of binary bodies count
 * @param distinguishNumberTypes report {@code 5} vs {@code 5.0} (and {@code true} vs {@code 1}) as different,
 *                               as the README's "keep the type distinction" asks; false reproduces Python's
 *                               {@code ==}, which record.py's {@code diff} actually uses
 * @param maxDifferences         stop collecting differences for a step at this many (record.py's {@code --show})
 */
public record ComparisonOptions(boolean orderedKeys, boolean withSha256, boolean distinguishNumberTypes, int maxDifferences) {

    public ComparisonOptions {
        maxDifferences = Math.max(maxDifferences, 1);
    }

    /** Unordered maps, no sha256, int and float distinguished, at most 20 differences per step. */
    public static ComparisonOptions defaults() {
        return new ComparisonOptions(false, false, true, 20);
    }

    /** Exactly what {@code record.py compare} reports (Python equality for numbers). */
    public static ComparisonOptions recordPy() {
        return new ComparisonOptions(false, false, false, 20);
    }

    public ComparisonOptions withOrderedKeys(boolean ordered) {
        return new ComparisonOptions(ordered, withSha256, distinguishNumberTypes, maxDifferences);
    }

    public ComparisonOptions withSha256(boolean sha) {
        return new ComparisonOptions(orderedKeys, sha, distinguishNumberTypes, maxDifferences);
    }
}
