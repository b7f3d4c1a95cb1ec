package dev.hydrant.core.search.predicate;

/**
 * A comparison, as hydrus writes it canonically. Which ones a family accepts depends on its vocabulary
 * (the {@code system:} grammar refuses {@code <=} for file size, for example), so a predicate only ever
 * holds the ones its text could produce.
 */
public enum Operator {
    LESS("<"),
    LESS_OR_EQUAL("\u2264"),
    EQUAL("="),
    NOT_EQUAL("\u2260"),
    /** "About": within a range around the value that the family defines (±15% for number tests). */
    APPROX("\u2248"),
    GREATER_OR_EQUAL("\u2265"),
    GREATER(">");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** The canonical character hydrus uses: {@code <}, {@code ≤}, {@code =}, {@code ≠}, {@code ≈}, {@code ≥}, {@code >}. */
    public String symbol() {
        return symbol;
    }
}
