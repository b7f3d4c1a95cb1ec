package dev.hydrant.index;

import dev.hydrant.core.ratings.StarScale;
import dev.hydrant.core.search.predicate.Operator;
import dev.hydrant.core.search.predicate.RatingAdvancedPredicate;
import dev.hydrant.core.search.predicate.RatingPredicate;
import dev.hydrant.core.search.predicate.RatingServiceSet;
import dev.hydrant.core.search.predicate.RatingValue;
import dev.hydrant.core.search.predicate.ServiceRef;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The rating predicates as per-file tests over {@link RatingColumns}, with hydrus's semantics
 * ({@code ClientDBFilesSearch}: the simple rating predicates, the "tricky" inc/dec ones, the advanced ones).
 *
 * <p>Simple predicates on a like/dislike or numerical service: "rated" and "not rated" test for a stored fraction.
 * Any other value {@code v} is a fraction — like 1.0, dislike 0.0, a star count converted on a numerical service's
 * scale (clamped), otherwise the plain number — compared with the stored fraction {@code r} within half a star
 * {@code h} (0.5 for like/dislike): {@code <} is {@code r <= v-h}, {@code >} is {@code r > v+h}, {@code =} is
 * {@code v-h < r <= v+h}, {@code ≈} is {@code (v-h)·0.8 < r < (v+h)·1.2}; an unrated file never passes. {@code ≤}
 * and {@code ≥} are ignored (every file passes), as hydrus ignores them.
 *
 * <p>On an inc/dec service (count {@code c}, 0 when unrated; the resolver already made "rated" {@code > 0} and "not
 * rated" {@code = 0}): for an integer value, {@code < v} is {@code c = 0}, or {@code c < v} when {@code v > 1};
 * {@code = 0} is {@code c = 0}; {@code = v} and {@code > v} compare rated files; {@code ≈ v} is
 * {@code max(v-1, ⌊0.8v⌋) < c < min(v+1, ⌊1.2v⌋)} over rated files. A like/dislike value (1.0 or 0.0) is not an
 * integer: {@code = dislike} passes every file and {@code = like} is {@code c = 1}. {@code ≤} and {@code ≥} compare
 * the count directly (hydrus fails on them).
 *
 * <p>Advanced predicates, over the rating services of their sets ("rated" on inc/dec means a count above 0): all
 * rated — every service rated (no services: no file); any rated — some service rated (no services: no file); all not
 * rated — no service rated; any not rated — not every service rated (no services: every file); only P rated — all
 * of P rated and none of the other services of the secondary set (no P: no file); only P not rated — all the other
 * services of the secondary set rated and none of P (no other services: no file).
 */
final class RatingTerms {
    private final RatingColumns columns;
    private final ServiceCatalog services;

    RatingTerms(RatingColumns columns, ServiceCatalog services) {
        this.columns = columns;
        this.services = services;
    }

    Term simple(RatingPredicate p) {
        Service service = p.service().service();
        RatingColumns.Column column = columns.column(service.key());
        if (service.type() == ServiceType.LOCAL_RATING_INCDEC) {
            return incDec(column, p.operator(), p.value());
        }
        return star(service, column, p.operator(), p.value());
    }

    private static Term star(Service service, RatingColumns.Column column, Operator op, RatingValue value) {
        if (value instanceof RatingValue.Rated) {
            return column == null ? Term.NONE : new Term.Filter(id -> !Double.isNaN(column.fraction(id)));
        }
        if (value instanceof RatingValue.NotRated) {
            return column == null ? Term.ALL : new Term.Filter(id -> Double.isNaN(column.fraction(id)));
        }
        boolean numerical = service.type() == ServiceType.LOCAL_RATING_NUMERICAL;
        StarScale scale = numerical ? StarScale.of(service.rating()) : null;
        double v = switch (value) {
            case RatingValue.Like like -> 1.0;
            case RatingValue.Dislike dislike -> 0.0;
            case RatingValue.Stars s -> numerical ? scale.toFraction(s.stars()) : s.stars();
            case RatingValue.Count c -> numerical ? scale.toFraction(c.count()) : c.count();
            default -> throw new IllegalStateException("unexpected rating value " + value);
        };
        double half = numerical ? scale.oneStarValue() / 2 : 0.5;
        java.util.function.DoublePredicate test = switch (op) {
            case APPROX -> {
                double low = (v - half) * 0.8;
                double high = (v + half) * 1.2;
                yield r -> low < r && r < high;
            }
            case LESS -> {
                double max = v - half;
                yield r -> r <= max;
            }
            case GREATER -> {
                double min = v + half;
                yield r -> r > min;
            }
            case EQUAL -> {
                double low = v - half;
                double high = v + half;
                yield r -> low < r && r <= high;
            }
            default -> null;
        };
        if (test == null) {
            return Term.ALL;
        }
        if (column == null) {
            return Term.NONE;
        }
        return new Term.Filter(id -> {
            double r = column.fraction(id);
            return !Double.isNaN(r) && test.test(r);
        });
    }

    private static Term incDec(RatingColumns.Column column, Operator op, RatingValue value) {
        IntPredicate test = switch (value) {
            case RatingValue.Rated r -> id -> count(column, id) > 0;
            case RatingValue.NotRated n -> id -> count(column, id) == 0;
            case RatingValue.Like like -> incDecFloat(column, op, 1.0);
            case RatingValue.Dislike dislike -> incDecFloat(column, op, 0.0);
            case RatingValue.Stars s -> incDecInt(column, op, s.stars());
            case RatingValue.Count c -> incDecInt(column, op, c.count());
        };
        return test == null ? Term.ALL : new Term.Filter(test);
    }

    private static IntPredicate incDecInt(RatingColumns.Column column, Operator op, long v) {
        return switch (op) {
            case LESS -> v > 1 ? id -> count(column, id) < v : id -> count(column, id) == 0;
            case EQUAL -> v == 0 ? id -> count(column, id) == 0 : id -> count(column, id) == v;
            case GREATER -> id -> count(column, id) > v;
            case APPROX -> {
                long low = Math.max(v - 1, (long) (v * 0.8));
                long high = Math.min(v + 1, (long) (v * 1.2));
                yield id -> {
                    long c = count(column, id);
                    return c > 0 && low < c && c < high;
                };
            }
            case LESS_OR_EQUAL -> id -> count(column, id) <= v;
            case GREATER_OR_EQUAL -> id -> count(column, id) >= v;
            case NOT_EQUAL -> throw new IllegalStateException("rating predicates cannot be \u2260");
        };
    }

    /** A like/dislike value on an inc/dec service: not an integer, so only the plain comparisons apply. */
    private static IntPredicate incDecFloat(RatingColumns.Column column, Operator op, double v) {
        if (op == Operator.LESS || (op == Operator.EQUAL && v == 0)) {
            return null;
        }
        return switch (op) {
            case EQUAL -> id -> count(column, id) == v;
            case GREATER -> id -> count(column, id) > v;
            case APPROX -> {
                double low = Math.max(v - 1, (long) (v * 0.8));
                double high = Math.min(v + 1, (long) (v * 1.2));
                yield id -> {
                    long c = count(column, id);
                    return c > 0 && low < c && c < high;
                };
            }
            case LESS_OR_EQUAL -> id -> count(column, id) <= v;
            case GREATER_OR_EQUAL -> id -> count(column, id) >= v;
            default -> throw new IllegalStateException("rating predicates cannot be " + op.symbol());
        };
    }

    private static long count(RatingColumns.Column column, int id) {
        return column == null ? 0 : column.count(id);
    }

    Term advanced(RatingAdvancedPredicate p) {
        List<Rated> primary = resolve(p.primary());
        return switch (p.quantifier()) {
            case ALL -> p.rated() ? (primary.isEmpty() ? Term.NONE : new Term.Filter(id -> all(primary, id)))
                    : new Term.Filter(id -> none(primary, id));
            case ANY -> p.rated() ? (primary.isEmpty() ? Term.NONE : new Term.Filter(id -> !none(primary, id)))
                    : new Term.Filter(id -> !all(primary, id) || primary.isEmpty());
            case ONLY -> {
                List<Rated> others = new ArrayList<>(resolve(p.secondary()));
                others.removeIf(o -> primary.stream().anyMatch(pr -> pr.key.equals(o.key)));
                List<Rated> mustBeRated = p.rated() ? primary : others;
                List<Rated> mustNotBeRated = p.rated() ? others : primary;
                yield mustBeRated.isEmpty() ? Term.NONE
                        : new Term.Filter(id -> all(mustBeRated, id) && none(mustNotBeRated, id));
            }
        };
    }

    /** One service of an advanced predicate, with how to tell whether a file is rated on it. */
    private record Rated(dev.hydrant.core.ByteKey key, IntPredicate test) {
    }

    private List<Rated> resolve(RatingServiceSet set) {
        Map<dev.hydrant.core.ByteKey, Service> chosen = new LinkedHashMap<>();
        for (Service s : services.all()) {
            if (set.types().contains(s.type())) {
                chosen.put(s.key(), s);
            }
        }
        for (ServiceRef ref : set.services()) {
            ref.bound().ifPresent(s -> chosen.put(s.key(), s));
        }
        List<Rated> out = new ArrayList<>();
        for (Service s : chosen.values()) {
            if (!ServiceType.RATING_SERVICES.contains(s.type())) {
                continue;
            }
            RatingColumns.Column column = columns.column(s.key());
            IntPredicate rated = column == null ? id -> false : column::rated;
            out.add(new Rated(s.key(), rated));
        }
        return out;
    }

    private static boolean all(List<Rated> services, int id) {
        for (Rated r : services) {
            if (!r.test.test(id)) {
                return false;
            }
        }
        return true;
    }

    private static boolean none(List<Rated> services, int id) {
        for (Rated r : services) {
            if (r.test.test(id)) {
                return false;
            }
        }
        return true;
    }
}
