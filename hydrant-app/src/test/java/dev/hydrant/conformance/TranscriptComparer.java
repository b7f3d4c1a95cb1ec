package dev.hydrant.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * record.py's {@code compare}: normalises both transcripts (each with its own context), pairs their lines by
 * position, lets a {@code shape_only} expected step make the actual one shape-only too, drops
 * {@code body.sha256} unless asked, and diffs each pair. Returns the differences instead of printing them.
 */
public final class TranscriptComparer {

    private final ComparisonOptions options;
    private final TranscriptNormaliser normaliser;

    public TranscriptComparer() {
        this(ComparisonOptions.defaults());
    }

    public TranscriptComparer(ComparisonOptions options) {
        this(options, Clock.systemUTC());
    }

    public TranscriptComparer(ComparisonOptions options, Clock clock) {
        this.options = options;
        this.normaliser = new TranscriptNormaliser(clock);
    }

    public TranscriptComparison compare(Transcript expected, Transcript actual) {
        return compare(expected.lines(), actual.lines());
    }

    public TranscriptComparison compare(List<? extends JsonNode> expected, List<? extends JsonNode> actual) {
        NormalisationContext ec = NormalisationContext.learnedFrom(expected);
        NormalisationContext ac = NormalisationContext.learnedFrom(actual);
        List<StepComparison> steps = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            JsonNode x = expected.get(i);
            if (i < actual.size()) {
                steps.add(compareStep(x, ec, actual.get(i), ac));
            } else {
                steps.add(step(x, List.of("$: missing in actual (the actual transcript has " + actual.size() + " steps)")));
            }
        }
        return new TranscriptComparison(steps, expected.size(), actual.size());
    }

    /** Compares one pair of lines; the contexts must come from their whole transcripts and be used in order. */
    public StepComparison compareStep(JsonNode x, NormalisationContext ec, JsonNode y, NormalisationContext ac) {
        if (PythonValues.truthy(x.get("shape_only")) && y.isObject()) {
            ObjectNode copy = ((ObjectNode) y).deepCopy();
            copy.set("shape_only", BooleanNode.TRUE);
            y = copy;
        }
        ObjectNode nx = normaliser.normalise(x, ec);
        ObjectNode ny = normaliser.normalise(y, ac);
        if (!options.withSha256()) {
            for (ObjectNode n : List.of(nx, ny)) {
                if (n.get("body") instanceof ObjectNode body) {
                    body.remove("sha256");
                }
            }
        }
        JsonDiff diff = new JsonDiff(options.orderedKeys(), options.distinguishNumberTypes(), options.maxDifferences());
        return step(x, diff.diff(nx, ny));
    }

    private static StepComparison step(JsonNode x, List<String> differences) {
        JsonNode n = x.get("n");
        Integer number = null;
        if (n != null && n.isIntegralNumber()) {
            BigInteger b = n.bigIntegerValue();
            number = b.bitLength() < 32 ? b.intValue() : null;
        }
        JsonNode req = x.get("request");
        return new StepComparison(number, text(x.get("id")), req == null ? null : text(req.get("method")),
                req == null ? null : text(req.get("path")), differences);
    }

    private static String text(JsonNode v) {
        return v == null || v.isNull() ? null : v.isTextual() ? v.textValue() : PythonValues.str(v);
    }
}
