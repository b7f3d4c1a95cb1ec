package dev.hydrant.core.search.parse;

import dev.hydrant.core.ByteKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Lists of hex hashes, as {@code system:hash} and {@code system:similar to} write them. */
final class HexLists {

    private HexLists() {
    }

    /** Hex runs and where the list ended. */
    record Found(List<String> runs, int end) {
    }

    /**
     * {@code re.search(r'([0-9a-f]{8}[0-9a-f]+(\s|,)*)+', text)}: from the first run of at least nine
     * hex characters, every following run of at least nine separated by whitespace and commas. Empty
     * when there is no such run.
     */
    static Found searchLongRuns(String text) {
        int start = 0;
        while (start < text.length()) {
            int runEnd = hexRunEnd(text, start);
            if (runEnd - start >= 9) {
                return collect(text, start, 9);
            }
            start = runEnd > start ? runEnd : start + 1;
        }
        return new Found(List.of(), -1);
    }

    /**
     * {@code re.match(r'([0-9a-f]{4}[0-9a-f]+(\s|,)*)+', text)}: runs of at least five hex characters
     * from the start, separated by whitespace and commas. Empty when the text does not start with one.
     */
    static Found matchShortRuns(String text) {
        if (hexRunEnd(text, 0) < 5) {
            return new Found(List.of(), -1);
        }
        return collect(text, 0, 5);
    }

    private static Found collect(String text, int start, int minimum) {
        List<String> runs = new ArrayList<>();
        int pos = start;
        while (true) {
            int runEnd = hexRunEnd(text, pos);
            if (runEnd - pos < minimum) {
                return new Found(runs, pos);
            }
            runs.add(text.substring(pos, runEnd));
            pos = runEnd;
            while (pos < text.length() && (PyText.isSpace(text.charAt(pos)) || text.charAt(pos) == ',')) {
                pos++;
            }
        }
    }

    private static int hexRunEnd(String text, int from) {
        int i = from;
        while (i < text.length() && PyText.isLowerHex(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The runs as bytes, each once, in the order first written ({@code bytes.fromhex}); an odd-length
     * run is refused.
     */
    static List<ByteKey> decode(List<String> runs) {
        Set<String> distinct = new LinkedHashSet<>(runs);
        List<ByteKey> keys = new ArrayList<>(distinct.size());
        for (String run : distinct) {
            if (run.length() % 2 != 0) {
                throw ParseFailure.unparseable("non-hexadecimal number found in fromhex() arg: " + PyText.abbreviate(run));
            }
            keys.add(ByteKey.of(HexFormat.of().parseHex(run)));
        }
        return keys;
    }
}
