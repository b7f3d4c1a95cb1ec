package dev.hydrant.core.search.parse;

import dev.hydrant.core.search.predicate.ServiceRef;
import dev.hydrant.core.search.predicate.TagStatus;
import dev.hydrant.core.tags.TagCleaner;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code has tag in "service", ignoring siblings/parents, with status in current, pending: "tag"}:
 * comma-separated options, a colon, then the tag, where commas and colons inside double quotes do not
 * count.
 */
final class AdvancedTagText {

    private AdvancedTagText() {
    }

    /** The options before the tag. */
    record Options(Optional<ServiceRef> service, boolean storageTags, Set<TagStatus> statuses) {
    }

    /** Reads the options ({@code TAG_ADVANCED_GUBBINS}); the rest is the tag text. */
    static Read<Options> options(String text) {
        int colon = firstOutsideQuotes(text, ':');
        String gubbins;
        String tag;
        if (colon < 0) {
            if (firstOutsideQuotes(text, ',') >= 0) {
                throw ParseFailure.problem("Did not see a tag in the predicate string!");
            }
            gubbins = "";
            tag = text;
        } else {
            gubbins = text.substring(0, colon);
            tag = text.substring(colon + 1);
        }
        ServiceRef service = null;
        boolean storage = false;
        EnumSet<TagStatus> statuses = EnumSet.noneOf(TagStatus.class);
        for (String component : splitOutsideQuotes(gubbins, ',')) {
            String quoted = quoted(component);
            if (quoted != null) {
                service = ServiceRef.named(quoted);
            } else if (component.contains("siblings") || component.contains("parents")) {
                storage = true;
            } else {
                for (TagStatus status : TagStatus.values()) {
                    if (component.contains(status.text())) {
                        statuses.add(status);
                    }
                }
            }
        }
        if (statuses.isEmpty()) {
            statuses = EnumSet.of(TagStatus.CURRENT, TagStatus.PENDING);
        }
        return new Read<>(new Options(Optional.ofNullable(service), storage, statuses), tag);
    }

    /**
     * The tag ({@code TAG_ADVANCED_TAG}): what is between the first and last double quote if there are
     * such, else the whole text; cleaned; hydrus's literal {@code invalid tag} if that leaves nothing.
     */
    static String tag(String text) {
        String s = PyText.strip(text);
        String quoted = quoted(s);
        String raw = quoted != null ? quoted : s;
        String tag = TagCleaner.clean(raw);
        return TagCleaner.hasEmptySubtag(tag) ? "invalid tag" : tag;
    }

    /**
     * {@code ^[^"]*"(?P<x>.+)"[^"]*$}: the text between the first and the last double quote, at least
     * one character and no line feed; or null.
     */
    static String quoted(String text) {
        int first = text.indexOf('"');
        int last = text.lastIndexOf('"');
        if (first < 0 || last <= first + 1) {
            return null;
        }
        String inside = text.substring(first + 1, last);
        return inside.indexOf('\n') >= 0 ? null : inside;
    }

    /** The first {@code c} followed by an even number of double quotes (so outside any quotes), or -1. */
    private static int firstOutsideQuotes(String text, char c) {
        int quotesAfter = count(text, '"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quotesAfter--;
            } else if (ch == c && quotesAfter % 2 == 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> splitOutsideQuotes(String text, char c) {
        List<String> parts = new ArrayList<>();
        int quotesAfter = count(text, '"');
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quotesAfter--;
            } else if (ch == c && quotesAfter % 2 == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
