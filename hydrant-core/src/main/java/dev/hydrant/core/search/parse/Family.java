package dev.hydrant.core.search.parse;

import dev.hydrant.core.search.predicate.SystemPredicate;
import java.time.LocalDateTime;

/** Reads what follows a predicate name: operator, value and unit, all of it. */
@FunctionalInterface
interface Family {

    /**
     * @param rest    the lower-cased text after the name (and its optional colon)
     * @param reading the whole text being read, for the families that look at more than the rest
     */
    SystemPredicate read(String rest, Reading reading);

    /** A family that only needs the rest of the text. */
    @FunctionalInterface
    interface Simple extends Family {
        SystemPredicate read(String rest);

        @Override
        default SystemPredicate read(String rest, Reading reading) {
            return read(rest);
        }
    }

    /**
     * The text being read.
     *
     * @param lower       the whole stripped text, lower-cased (hydrus's {@code original_text_lower})
     * @param subtagLower the part after {@code system:}
     * @param now         the local time ages are measured back from
     */
    record Reading(String lower, String subtagLower, LocalDateTime now) {
    }
}
