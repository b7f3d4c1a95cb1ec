package dev.hydrant.media.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The frame delays hydrus takes from a ugoira's notes when its {@code animation.json} gives none
 * ({@code GetFrameDurationsMSFromNote}): first the note {@code ugoira json} (pixiv's frame data: a list of frames,
 * or an object whose {@code frames} is one, each frame an object with a {@code delay}), then the note
 * {@code ugoira frame delay array} (a JSON list of delays). A note counts when its first delay is an integer, as
 * hydrus requires; where hydrus would go on to fail on a later delay that is not a number, the note is skipped here.
 */
public final class UgoiraNoteDelays {
    static final String FRAME_DATA_NOTE = "ugoira json";
    static final String DELAY_ARRAY_NOTE = "ugoira frame delay array";

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(990).build())
            .build());

    private UgoiraNoteDelays() {
    }

    /** The delays in ms from a file's notes (name → text), or empty when no note has usable ones. */
    public static Optional<List<Double>> from(Map<String, String> notes) {
        String frameData = notes.get(FRAME_DATA_NOTE);
        if (frameData != null) {
            Optional<List<Double>> delays = parse(frameData).flatMap(UgoiraNoteDelays::fromFrameData);
            if (delays.isPresent()) {
                return delays;
            }
        }
        String array = notes.get(DELAY_ARRAY_NOTE);
        if (array != null) {
            return parse(array).filter(JsonNode::isArray).flatMap(UgoiraNoteDelays::numbers);
        }
        return Optional.empty();
    }

    private static Optional<List<Double>> fromFrameData(JsonNode root) {
        JsonNode frames = root.isObject() ? root.get("frames") : root;
        if (frames == null || !frames.isArray()) {
            return Optional.empty();
        }
        List<JsonNode> delays = new ArrayList<>();
        for (JsonNode frame : frames) {
            JsonNode delay = frame.isObject() ? frame.get("delay") : null;
            if (delay == null) {
                return Optional.empty();
            }
            delays.add(delay);
        }
        return numbers(MAPPER.createArrayNode().addAll(delays));
    }

    /** The list as numbers, if it is not empty, starts with an integer and holds only numbers. */
    private static Optional<List<Double>> numbers(JsonNode list) {
        if (list.isEmpty() || !isPythonInt(list.get(0))) {
            return Optional.empty();
        }
        List<Double> out = new ArrayList<>(list.size());
        for (JsonNode value : list) {
            if (value.isNumber()) {
                out.add(value.asDouble());
            } else if (value.isBoolean()) {
                out.add(value.asBoolean() ? 1.0 : 0.0);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }

    /** Python's {@code isinstance(x, int)} on what {@code json.loads} made of the value (a bool is an int). */
    private static boolean isPythonInt(JsonNode value) {
        return value.isIntegralNumber() || value.isBoolean();
    }

    private static Optional<JsonNode> parse(String text) {
        try {
            return Optional.ofNullable(MAPPER.readTree(text)).filter(node -> !node.isMissingNode());
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
