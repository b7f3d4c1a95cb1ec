package dev.hydrant.core.tags;

import java.util.Objects;

/**
 * A tag split into namespace and subtag, the way hydrus splits and joins them.
 *
 * <p>The split is at the <em>first</em> colon: {@code a:b:c} has namespace {@code a} and subtag
 * {@code b:c}. A tag without a colon has the empty namespace. A tag that starts with a colon has the
 * empty namespace too, and the colon is only a marker: {@code ::d} is the unnamespaced tag {@code :d},
 * and {@code :weird:stuff} is the unnamespaced tag {@code weird:stuff}. Joining reverses this: an
 * unnamespaced subtag that contains a colon is written with one leading colon, so that reading it back
 * does not mistake its first part for a namespace.
 *
 * @param namespace the namespace, {@code ""} for none
 * @param subtag    the rest of the tag
 */
public record Tag(String namespace, String subtag) {

    public Tag {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(subtag, "subtag");
    }

    /** Splits {@code tag} at its first colon (hydrus's {@code SplitTag}). */
    public static Tag parse(String tag) {
        int colon = tag.indexOf(':');
        if (colon < 0) {
            return new Tag("", tag);
        }
        return new Tag(tag.substring(0, colon), tag.substring(colon + 1));
    }

    /** Joins a namespace and a subtag (hydrus's {@code CombineTag}). */
    public static String combine(String namespace, String subtag) {
        if (namespace.isEmpty()) {
            return subtag.indexOf(':') >= 0 ? ":" + subtag : subtag;
        }
        return namespace + ":" + subtag;
    }

    /** Whether {@code tag} has a non-empty namespace. */
    public static boolean isNamespaced(String tag) {
        int colon = tag.indexOf(':');
        return colon > 0;
    }

    /** Whether this tag has a non-empty namespace. */
    public boolean isNamespaced() {
        return !namespace.isEmpty();
    }

    /** The tag's text, as {@link #combine(String, String)} writes it. */
    @Override
    public String toString() {
        return combine(namespace, subtag);
    }
}
