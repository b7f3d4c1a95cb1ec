package dev.hydrant.core.search.parse;

import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.error.ErrorKind;

/**
 * A {@code system:} text hydrus would refuse: a 400 with one of hydrus's two texts, chosen by
 * {@link Kind}, quoting the text exactly as the client sent it.
 */
public final class SystemPredicateException extends ApiException {

    /** Which of hydrus's two messages applies. */
    public enum Kind {
        /** "Could not parse system predicate "…"!": the grammar refuses the text. */
        UNPARSEABLE,
        /**
         * "Problem when trying to parse this system predicate: "…"!": the text parsed but something else
         * failed, usually a service name that names no service.
         */
        PROBLEM
    }

    private final Kind reason;
    private final String text;
    private final String detail;

    public SystemPredicateException(Kind reason, String text, String detail) {
        super(ErrorKind.BAD_REQUEST, message(reason, text));
        this.reason = reason;
        this.text = text;
        this.detail = detail;
    }

    /** Hydrus's 400 text for a refused predicate text. */
    public static String message(Kind reason, String text) {
        return switch (reason) {
            case UNPARSEABLE -> "Could not parse system predicate \"" + text + "\"!";
            case PROBLEM -> "Problem when trying to parse this system predicate: \"" + text + "\"!";
        };
    }

    public Kind reason() {
        return reason;
    }

    /** The predicate text as the client sent it. */
    public String text() {
        return text;
    }

    /** Why, in our words (for logs and tests; clients only see {@link #getMessage()}). */
    public String detail() {
        return detail;
    }
}
