package dev.hydrant.media.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A ugoira's {@code animation.json} as hydrus reads it ({@code GetUgoiraFrameDataJSON}): the frames are the
 * document when it is a list, else its {@code frames} member. Hydrus then takes {@code frame['delay']} and
 * {@code frame['file']} of every frame; any frame that is not an object with that key makes the whole list
 * unusable for that purpose (Python raises and hydrus falls back), which {@link #delaysMs} and
 * {@link #fileNames} report as empty.
 */
final class UgoiraFrameData {

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(990).build())
            .build());

    private final JsonNode frames;

    private UgoiraFrameData(JsonNode frames) {
        this.frames = frames;
    }

    /** The frame data, or empty when there is none hydrus could use (bad JSON, no frames member). */
    static Optional<UgoiraFrameData> parse(byte[] json) {
        if (json == null) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            int start = json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB
                    && (json[2] & 0xFF) == 0xBF ? 3 : 0;
            root = MAPPER.readTree(json, start, json.length - start);
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (root == null) {
            return Optional.empty();
        }
        if (root.isArray()) {
            return Optional.of(new UgoiraFrameData(root));
        }
        if (root.isObject() && root.has("frames")) {
            return Optional.of(new UgoiraFrameData(root.get("frames")));
        }
        return Optional.empty();
    }

    /** Each frame's delay in ms ({@code sum} of these is hydrus's duration), or empty if any is missing. */
    Optional<List<Double>> delaysMs() {
        if (!frames.isArray()) {
            return Optional.empty();
        }
        List<Double> delays = new ArrayList<>();
        for (JsonNode frame : frames) {
            JsonNode delay = frame.isObject() ? frame.get("delay") : null;
            if (delay == null) {
                return Optional.empty();
            }
            if (delay.isNumber()) {
                delays.add(delay.asDouble());
            } else if (delay.isBoolean()) {
                delays.add(delay.asBoolean() ? 1.0 : 0.0);
            } else {
                return Optional.empty(); // Python's sum() refuses strings, lists, None
            }
        }
        return Optional.of(delays);
    }

    /** Each frame's file name in the zip, or empty if any frame lacks one. */
    Optional<List<String>> fileNames() {
        if (!frames.isArray()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (JsonNode frame : frames) {
            JsonNode file = frame.isObject() ? frame.get("file") : null;
            if (file == null) {
                return Optional.empty();
            }
            // a non-text name can never be opened in the zip: kept as a name no entry has
            names.add(file.isTextual() ? file.asText() : "\u0000" + file);
        }
        return Optional.of(names);
    }
}
