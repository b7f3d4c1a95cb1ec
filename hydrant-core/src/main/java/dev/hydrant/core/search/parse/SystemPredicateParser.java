package dev.hydrant.core.search.parse;

import dev.hydrant.core.search.parse.SystemPredicateException.Kind;
import dev.hydrant.core.search.predicate.SystemPredicate;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Reads one {@code system:} predicate text as hydrus 682 does ({@code parse_system_predicate} and the
 * predicate generators of {@code ClientSearchParseSystemPredicates}).
 *
 * <p>The text is stripped and lower-cased (values too: URLs, regexes, note and service names). It
 * must start with {@code system:}; what follows must start with a predicate name at once, so
 * {@code system:  height > 100} is refused while {@code system:height>100} and
 * {@code system:Height > 100} are accepted. The first name in hydrus's order that matches decides how
 * the rest is read, and nothing may be left over.
 *
 * <p>The parser is pure: names of services and URL classes stay names
 * ({@link dev.hydrant.core.search.predicate.ServiceRef}); binding them is a separate step. The only
 * outside input is the clock, for ages such as {@code 1 day} (measured back from now, in the clock's
 * zone, as hydrus measures them in the client's local time).
 *
 * <p>Refusals are {@link SystemPredicateException}s carrying hydrus's 400 text: "Could not parse
 * system predicate" for texts the grammar refuses, "Problem when trying to parse this system
 * predicate" for the few failures hydrus reports differently (the bare {@code system:}, a comma but no
 * colon in {@code system:has tag ...}).
 */
public final class SystemPredicateParser {

    private static final String PREFIX = "system:";

    private final Clock clock;

    /** A parser measuring ages from the system clock in the system's time zone. */
    public SystemPredicateParser() {
        this(Clock.systemDefaultZone());
    }

    public SystemPredicateParser(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Parses {@code text} (as sent by the client, which routed it here because it starts with
     * {@code system:}).
     *
     * @throws SystemPredicateException with hydrus's 400 text when hydrus would refuse it
     */
    public SystemPredicate parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return read(text);
        } catch (ParseFailure failure) {
            throw new SystemPredicateException(failure.problem() ? Kind.PROBLEM : Kind.UNPARSEABLE, text,
                    failure.getMessage());
        } catch (RuntimeException unexpected) {
            throw new SystemPredicateException(Kind.PROBLEM, text, String.valueOf(unexpected));
        }
    }

    private SystemPredicate read(String text) {
        String stripped = PyText.strip(text);
        String lower = PyText.lower(stripped);
        String subtagLower = lower;
        if (lower.startsWith(PREFIX)) {
            if (stripped.codePointCount(0, stripped.length()) <= PREFIX.length()) {
                // hydrus indexes the character after the prefix before anything else
                throw ParseFailure.problem("string index out of range");
            }
            subtagLower = lower.substring(PREFIX.length());
        }
        if (lower.startsWith("-")) {
            throw ParseFailure.unparseable("System predicate can't start with negation");
        }
        if (!lower.startsWith(PREFIX)) {
            throw ParseFailure.unparseable("Not a system predicate!");
        }
        Family.Reading reading = new Family.Reading(lower, subtagLower, LocalDateTime.now(clock));
        for (NameRules.Rule rule : NameRules.RULES) {
            int end = rule.name().end(subtagLower);
            if (end >= 0) {
                return rule.family().read(subtagLower.substring(end), reading);
            }
        }
        throw ParseFailure.unparseable("Unknown system predicate!");
    }
}
