package dev.hydrant.core.notes;

import dev.hydrant.core.tags.CodePointOrder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * {@code merge_cleverly}: which of the offered notes are written, under which names, with which texts (hydrus's note
 * import rules, digest §9.6). Pure: takes the file's notes and the offered ones, answers the writes.
 *
 * <p>The offered notes are taken in (name, text) order by code point, as Python sorts them, each against a working
 * copy of the file's notes that already holds the earlier writes:
 * <ol>
 *   <li>a text the file already holds under any name (this one included) is skipped;</li>
 *   <li>otherwise the other names that start with this name are scanned in name order; the first whose text the new
 *       text strictly contains is an extension target;</li>
 *   <li>a name the file does not have yet is added;</li>
 *   <li>a name that holds a different text: overwritten when the new text strictly contains the existing one and
 *       extending is on; else written to the extension target when there is one and extending is on; else the
 *       {@link ConflictResolution} decides.</li>
 * </ol>
 * An empty text goes through the same rules (writing it removes the note).
 */
public final class NoteMerge {
    private static final Comparator<Map.Entry<String, String>> PYTHON_ORDER =
            Comparator.<Map.Entry<String, String>, String>comparing(Map.Entry::getKey, CodePointOrder.INSTANCE)
                    .thenComparing(Map.Entry::getValue, CodePointOrder.INSTANCE);

    private final boolean extend;
    private final ConflictResolution conflicts;

    public NoteMerge(boolean extendExistingNoteIfPossible, ConflictResolution conflicts) {
        this.extend = extendExistingNoteIfPossible;
        this.conflicts = Objects.requireNonNull(conflicts, "conflicts");
    }

    /** The writes (name → text, in the order they were decided) that merge {@code offered} into {@code existing}. */
    public Map<String, String> writes(Map<String, String> existing, Map<String, String> offered) {
        Map<String, String> notes = new LinkedHashMap<>(existing);
        Map<String, String> writes = new LinkedHashMap<>();
        List<Map.Entry<String, String>> ordered = new ArrayList<>(offered.entrySet());
        ordered.sort(PYTHON_ORDER);
        for (Map.Entry<String, String> offer : ordered) {
            String name = offer.getKey();
            String text = offer.getValue();
            if (notes.containsValue(text)) {
                continue;
            }
            String target = extensionTarget(notes, name, text);
            String current = notes.get(name);
            if (current != null) {
                if (extend && strictlyContains(text, current)) {
                    // overwrite name with the longer text
                } else if (extend && target != null) {
                    name = target;
                } else {
                    switch (conflicts) {
                        case REPLACE -> {
                        }
                        case IGNORE -> {
                            continue;
                        }
                        case APPEND -> {
                            if (strictlyContains(current, text)) {
                                continue;
                            }
                            text = current + "\n\n" + text;
                        }
                        case RENAME -> name = freeName(notes, name);
                    }
                }
            }
            writes.put(name, text);
            notes.put(name, text);
        }
        return writes;
    }

    /** The first other name (by code point) starting with {@code name} whose text {@code text} strictly contains. */
    private static String extensionTarget(Map<String, String> notes, String name, String text) {
        TreeMap<String, String> similar = new TreeMap<>(CodePointOrder.INSTANCE);
        notes.forEach((n, t) -> {
            if (!n.equals(name) && n.startsWith(name)) {
                similar.put(n, t);
            }
        });
        for (Map.Entry<String, String> e : similar.entrySet()) {
            if (strictlyContains(text, e.getValue())) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Whether {@code outer} contains {@code inner} and is longer than it. */
    private static boolean strictlyContains(String outer, String inner) {
        return outer.length() > inner.length() && outer.contains(inner);
    }

    /** {@code name}, or the first of "name (1)", "name (2)"... that the file does not have. */
    static String freeName(Map<String, String> notes, String name) {
        String candidate = name;
        for (int i = 1; notes.containsKey(candidate); i++) {
            candidate = name + " (" + i + ")";
        }
        return candidate;
    }
}
