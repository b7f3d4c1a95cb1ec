package dev.hydrant.index;

import dev.hydrant.core.search.predicate.NumberTest;
import dev.hydrant.core.search.predicate.UrlPredicate;
import org.roaringbitmap.RoaringBitmap;

import java.util.function.LongPredicate;

/**
 * The URL system predicates as {@link Term}s over the {@link UrlSearchIndex}, with hydrus's semantics: an exact URL
 * is compared with the stored texts as they are (the predicate text was lower-cased by the parser, so a URL stored
 * with capitals cannot be found this way, as in hydrus); a domain matches itself and its subdomains; a regex is
 * searched anywhere in each URL; a URL class matches the URLs it would match; a file's URL count is 0 when it has
 * none.
 */
final class UrlTerms {
    private final UrlSearchIndex index;

    UrlTerms(UrlSearchIndex index) {
        this.index = index;
    }

    Term term(UrlPredicate p) {
        RoaringBitmap files = switch (p.rule()) {
            case EXACT -> index.filesWithUrl(p.value());
            case DOMAIN -> index.filesWithDomain(p.value());
            case REGEX -> index.filesMatching(p.value());
            case URL_CLASS -> index.filesWithUrlClass(p.value());
        };
        return p.include() ? new Term.Include(files) : new Term.Exclude(files);
    }

    /** {@code system:number of urls}, {@code system:has urls}, {@code system:no urls}. */
    Term count(NumberTest test) {
        int[] counts = index.urlCounts();
        LongPredicate t = SystemTerms.primitive(test);
        return new Term.Filter(id -> t.test(id < counts.length ? counts[id] : 0));
    }
}
