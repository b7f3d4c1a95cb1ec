package dev.hydrant.core.search.parse;

/**
 * Why a text is refused, inside the parser. Hydrus reports its parser's {@code ValueError}s as
 * "Could not parse system predicate" and every other failure (an unknown service, an internal error)
 * as "Problem when trying to parse this system predicate"; {@link #problem} says which.
 */
final class ParseFailure extends RuntimeException {

    private final boolean problem;

    private ParseFailure(String detail, boolean problem) {
        super(detail, null, false, false);
        this.problem = problem;
    }

    /** What hydrus raises as a {@code ValueError}. */
    static ParseFailure unparseable(String detail) {
        return new ParseFailure(detail, false);
    }

    /** What hydrus raises as any other exception. */
    static ParseFailure problem(String detail) {
        return new ParseFailure(detail, true);
    }

    boolean problem() {
        return problem;
    }
}
