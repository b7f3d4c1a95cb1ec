package dev.hydrant.index;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.ratings.StarScale;
import dev.hydrant.core.ratings.StoredRating;
import dev.hydrant.core.search.predicate.Operator;
import dev.hydrant.core.search.predicate.RatingAdvancedPredicate;
import dev.hydrant.core.search.predicate.RatingPredicate;
import dev.hydrant.core.search.predicate.RatingQuantifier;
import dev.hydrant.core.search.predicate.RatingServiceSet;
import dev.hydrant.core.search.predicate.RatingValue;
import dev.hydrant.core.search.predicate.ServiceRef;
import dev.hydrant.core.services.DefaultServices;
import dev.hydrant.core.services.RatingOptions;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static dev.hydrant.core.search.predicate.Operator.APPROX;
import static dev.hydrant.core.search.predicate.Operator.EQUAL;
import static dev.hydrant.core.search.predicate.Operator.GREATER;
import static dev.hydrant.core.search.predicate.Operator.GREATER_OR_EQUAL;
import static dev.hydrant.core.search.predicate.Operator.LESS;
import static dev.hydrant.core.search.predicate.Operator.LESS_OR_EQUAL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rating predicates over in-memory ratings, case by case against hydrus's rules (the thresholds of
 * {@code ClientDBFilesSearch}), including its quirks. Files 1–9; 7 and 8 are rated nowhere.
 */
class RatingTermsTest {
    private static final ByteKey OTHER_LIKES = ByteKey.fromHex("0a");
    private static final ByteKey STARS = ByteKey.fromHex("0b");
    private static final ByteKey TENTHS = ByteKey.fromHex("0c");
    private static final ByteKey COUNTER = ByteKey.fromHex("0d");
    private static final RoaringBitmap UNIVERSE = RoaringBitmap.bitmapOfRange(1, 10);

    private ServiceCatalog catalog;
    private RatingColumns columns;
    private RatingTerms terms;

    @BeforeEach
    void rate() {
        catalog = InMemoryCatalogs.withDefaults();
        catalog.add("other likes", ServiceType.LOCAL_RATING_LIKE, OTHER_LIKES, null);
        catalog.add("stars", ServiceType.LOCAL_RATING_NUMERICAL, STARS, RatingOptions.defaultNumerical());
        catalog.add("tenths", ServiceType.LOCAL_RATING_NUMERICAL, TENTHS,
                RatingOptions.defaultNumerical().withStars(10, false));
        catalog.add("counter", ServiceType.LOCAL_RATING_INCDEC, COUNTER, null);
        columns = new RatingColumns();
        ByteKey fav = DefaultServices.FAVOURITES;
        set(fav, 1, new StoredRating.Fraction(1.0));
        set(fav, 2, new StoredRating.Fraction(0.0));
        set(fav, 9, new StoredRating.Fraction(1.0));
        StarScale five = new StarScale(5, true);
        long[] stars = {0, 0, 1, 3, 4, 5};
        for (int file = 1; file <= 5; file++) {
            set(STARS, file, new StoredRating.Fraction(five.toFraction(stars[file])));
        }
        long[] counts = {0, 1, 2, 3, 10, 0, 12};
        for (int file = 1; file <= 6; file++) {
            if (counts[file] > 0) {
                set(COUNTER, file, new StoredRating.Count(counts[file]));
            }
        }
        terms = new RatingTerms(columns, catalog);
    }

    private void set(ByteKey service, long file, StoredRating rating) {
        columns.set(service, List.of(file), rating);
    }

    private List<Integer> simple(ByteKey service, Operator op, RatingValue value) {
        Service s = catalog.get(service);
        return files(terms.simple(new RatingPredicate(new ServiceRef(s.name(), s), op, value)));
    }

    private static List<Integer> files(Term term) {
        return Arrays.stream(Term.within(term, UNIVERSE).toArray()).boxed().toList();
    }

    private static RatingValue stars(long n) {
        return new RatingValue.Stars(n, 5);
    }

    @Test
    void numericalStarsAreComparedWithinHalfAStarOfTheServiceScale() {
        assertThat(simple(STARS, EQUAL, stars(3))).containsExactly(3);
        assertThat(simple(STARS, GREATER, stars(3))).containsExactly(4, 5);
        assertThat(simple(STARS, LESS, stars(3))).containsExactly(1, 2);
        assertThat(simple(STARS, APPROX, stars(3))).as("0.4 < r < 0.84").containsExactly(3, 4);
        assertThat(simple(STARS, EQUAL, new RatingValue.Count(3))).containsExactly(3);
        assertThat(simple(STARS, EQUAL, new RatingValue.Stars(9, 10))).as("clamped to 5 stars").containsExactly(5);
        assertThat(simple(STARS, EQUAL, stars(0))).containsExactly(1);
        assertThat(simple(STARS, LESS_OR_EQUAL, stars(3))).as("hydrus ignores ≤ and ≥ on star services")
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(simple(STARS, GREATER_OR_EQUAL, stars(3))).hasSize(9);
        assertThat(simple(STARS, EQUAL, new RatingValue.Like())).as("like is 1.0").containsExactly(5);
        assertThat(simple(STARS, EQUAL, new RatingValue.Dislike())).as("dislike is 0.0").containsExactly(1);
        assertThat(simple(STARS, EQUAL, new RatingValue.Rated())).containsExactly(1, 2, 3, 4, 5);
        assertThat(simple(STARS, EQUAL, new RatingValue.NotRated())).containsExactly(6, 7, 8, 9);
        assertThat(simple(TENTHS, GREATER, new RatingValue.Stars(0, 10))).as("nothing rated").isEmpty();
        assertThat(simple(TENTHS, EQUAL, new RatingValue.NotRated())).hasSize(9);
    }

    @Test
    void likeDislikeServicesCompareWithHalfAStarOfOneHalf() {
        ByteKey fav = DefaultServices.FAVOURITES;
        assertThat(simple(fav, EQUAL, new RatingValue.Like())).containsExactly(1, 9);
        assertThat(simple(fav, EQUAL, new RatingValue.Dislike())).containsExactly(2);
        assertThat(simple(fav, GREATER, new RatingValue.Count(0))).as("r > 0.5").containsExactly(1, 9);
        assertThat(simple(fav, LESS, new RatingValue.Count(1))).as("r <= 0.5").containsExactly(2);
        assertThat(simple(fav, EQUAL, new RatingValue.Rated())).containsExactly(1, 2, 9);
        assertThat(simple(fav, EQUAL, new RatingValue.NotRated())).containsExactly(3, 4, 5, 6, 7, 8);
    }

    @Test
    void incDecCountsWithHydrussZeroAndApproximateRules() {
        assertThat(simple(COUNTER, GREATER, new RatingValue.Count(2))).containsExactly(3, 4, 6);
        assertThat(simple(COUNTER, EQUAL, new RatingValue.Count(3))).containsExactly(3);
        assertThat(simple(COUNTER, LESS, new RatingValue.Count(3))).containsExactly(1, 2, 5, 7, 8, 9);
        assertThat(simple(COUNTER, LESS, new RatingValue.Count(1))).containsExactly(5, 7, 8, 9);
        assertThat(simple(COUNTER, LESS, new RatingValue.Count(0))).as("hydrus: < 0 is 'no count'")
                .containsExactly(5, 7, 8, 9);
        assertThat(simple(COUNTER, EQUAL, new RatingValue.Count(0))).containsExactly(5, 7, 8, 9);
        assertThat(simple(COUNTER, GREATER, new RatingValue.Count(0))).containsExactly(1, 2, 3, 4, 6);
        assertThat(simple(COUNTER, APPROX, new RatingValue.Count(10))).as("9 < c < 11").containsExactly(4);
        assertThat(simple(COUNTER, APPROX, new RatingValue.Count(12))).as("11 < c < 13").containsExactly(6);
        assertThat(simple(COUNTER, APPROX, new RatingValue.Count(1))).as("0 < c < 1").isEmpty();
        assertThat(simple(COUNTER, GREATER, new RatingValue.Stars(2, 5))).as("N/M is N on inc/dec")
                .containsExactly(3, 4, 6);
        assertThat(simple(COUNTER, EQUAL, new RatingValue.Like())).as("like is the float 1.0").containsExactly(1);
        assertThat(simple(COUNTER, EQUAL, new RatingValue.Dislike())).as("0.0 is no integer: no test").hasSize(9);
        assertThat(simple(COUNTER, LESS_OR_EQUAL, new RatingValue.Count(2))).containsExactly(1, 2, 5, 7, 8, 9);
        assertThat(simple(COUNTER, GREATER_OR_EQUAL, new RatingValue.Count(10))).containsExactly(4, 6);
    }

    private RatingServiceSet named(ByteKey... keys) {
        return new RatingServiceSet(Set.of(), Arrays.stream(keys).map(k -> {
            Service s = catalog.get(k);
            return new ServiceRef(s.name(), s);
        }).toList());
    }

    private static RatingServiceSet types(ServiceType... types) {
        return new RatingServiceSet(EnumSet.copyOf(List.of(types)), List.of());
    }

    private List<Integer> advanced(RatingQuantifier q, RatingServiceSet primary, RatingServiceSet secondary,
                                   boolean rated) {
        return files(terms.advanced(new RatingAdvancedPredicate(q, primary, secondary, rated)));
    }

    private List<Integer> advanced(RatingQuantifier q, RatingServiceSet primary, boolean rated) {
        return advanced(q, primary, RatingServiceSet.unspecified(), rated);
    }

    @Test
    void advancedPredicatesOverSeveralServices() {
        RatingServiceSet all = RatingServiceSet.allLocalRatings();
        ByteKey fav = DefaultServices.FAVOURITES;
        assertThat(advanced(RatingQuantifier.ALL, all, true)).as("two services rate nothing").isEmpty();
        assertThat(advanced(RatingQuantifier.ANY, all, true)).containsExactly(1, 2, 3, 4, 5, 6, 9);
        assertThat(advanced(RatingQuantifier.ALL, all, false)).containsExactly(7, 8);
        assertThat(advanced(RatingQuantifier.ANY, all, false)).hasSize(9);
        assertThat(advanced(RatingQuantifier.ALL, named(fav, STARS), true)).containsExactly(1, 2);
        assertThat(advanced(RatingQuantifier.ANY, named(fav, COUNTER), true)).containsExactly(1, 2, 3, 4, 6, 9);
        assertThat(advanced(RatingQuantifier.ANY, named(fav, STARS), false)).containsExactly(3, 4, 5, 6, 7, 8, 9);
        assertThat(advanced(RatingQuantifier.ALL, types(ServiceType.LOCAL_RATING_INCDEC), true))
                .containsExactly(1, 2, 3, 4, 6);
        assertThat(advanced(RatingQuantifier.ALL, types(ServiceType.LOCAL_RATING_LIKE), true))
                .as("'other likes' rates nothing").isEmpty();
        assertThat(advanced(RatingQuantifier.ANY, types(ServiceType.LOCAL_TAG), true)).as("no rating services")
                .isEmpty();
        assertThat(advanced(RatingQuantifier.ANY, types(ServiceType.LOCAL_TAG), false)).hasSize(9);
    }

    @Test
    void onlyNeedsTheOtherServicesUnratedOrRated() {
        RatingServiceSet all = RatingServiceSet.allLocalRatings();
        ByteKey fav = DefaultServices.FAVOURITES;
        assertThat(advanced(RatingQuantifier.ONLY, named(fav), all, true)).containsExactly(9);
        assertThat(advanced(RatingQuantifier.ONLY, named(STARS, COUNTER), all, true)).containsExactly(3, 4);
        assertThat(advanced(RatingQuantifier.ONLY, named(fav), all, false))
                .as("the other services include ones that rate nothing").isEmpty();
        assertThat(advanced(RatingQuantifier.ONLY, named(fav), named(fav, STARS, COUNTER), false))
                .containsExactly(3, 4);
        assertThat(advanced(RatingQuantifier.ONLY, named(fav), named(fav), true)).containsExactly(1, 2, 9);
        assertThat(advanced(RatingQuantifier.ONLY, named(fav), named(fav), false)).as("no other services").isEmpty();
        assertThat(advanced(RatingQuantifier.ONLY, types(ServiceType.LOCAL_RATING_NUMERICAL),
                types(ServiceType.LOCAL_RATING_NUMERICAL, ServiceType.LOCAL_RATING_LIKE), true))
                .as("'tenths' rates nothing").isEmpty();
    }

    @Test
    void changesAndDeletedServicesAreSeenByTheNextTerm() {
        set(COUNTER, 5, new StoredRating.Count(2));
        set(STARS, 1, null);
        columns.set(STARS, List.of(1000L), new StoredRating.Fraction(1.0));
        assertThat(simple(COUNTER, EQUAL, new RatingValue.Count(2))).containsExactly(2, 5);
        assertThat(simple(STARS, EQUAL, new RatingValue.NotRated())).containsExactly(1, 6, 7, 8, 9);
        assertThat(columns.column(STARS).fraction(1000)).isEqualTo(1.0);
        assertThat(columns.column(STARS).fraction(999)).isNaN();
        columns.dropService(COUNTER);
        assertThat(simple(COUNTER, EQUAL, new RatingValue.Count(0))).hasSize(9);
    }
}
