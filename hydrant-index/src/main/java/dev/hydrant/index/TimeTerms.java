package dev.hydrant.index;

import dev.hydrant.core.files.CanvasType;
import dev.hydrant.core.search.predicate.Operator;
import dev.hydrant.core.search.predicate.ViewCanvas;
import dev.hydrant.core.search.predicate.ViewingMeasure;
import dev.hydrant.core.search.predicate.ViewingPredicate;
import org.roaringbitmap.RoaringBitmap;

import java.util.EnumSet;
import java.util.Set;

/**
 * The {@code system:} predicates on {@link TimeColumns}, with hydrus's semantics:
 * <ul>
 *   <li>views and viewtime sum the named canvases (none named: hydrus's default "interesting" canvases, media and
 *   client api viewers). Only files with statistics on one of them can match, except that {@code = 0}, {@code ≈ 0}
 *   and {@code < 1} mean "nothing counted there" and {@code <} always also takes files with nothing counted (which
 *   is why {@code < 0} finds the unviewed files). {@code ≈} is between 80% and 120% of the value, truncated.
 *   Viewtime values are seconds, compared in milliseconds;</li>
 *   <li>last viewed is the media viewer's last viewed time;</li>
 *   <li>modified is the aggregate: the earliest of the file's own and its web domains' modified times.</li>
 * </ul>
 * Viewing predicates visit only the files with statistics and give a set to be in or to avoid.
 */
final class TimeTerms {
    private final TimeColumns times;
    private final FileColumns.Data d;

    TimeTerms(TimeColumns times, FileColumns.Data d) {
        this.times = times;
        this.d = d;
    }

    Term viewing(ViewingPredicate p) {
        Set<CanvasType> canvases = canvases(p.canvases());
        boolean viewtime = p.measure() == ViewingMeasure.VIEWTIME;
        long raw = p.value();
        long value = viewtime ? raw * 1000 : raw;
        Operator op = p.operator();
        boolean onlyZero = ((op == Operator.EQUAL || op == Operator.APPROX) && raw == 0)
                || (op == Operator.LESS && raw == 1);
        boolean includeZero = op == Operator.LESS;
        RoaringBitmap files = new RoaringBitmap();
        times.forEachViewing((id, v) -> {
            if (!v.hasAny(canvases)) {
                return;
            }
            long sum = v.sum(canvases, viewtime);
            if (onlyZero) {
                if (sum > 0) {
                    files.add(id);
                }
            } else if (includeZero) {
                if (sum > 0 && !test(op, sum, value)) {
                    files.add(id);
                }
            } else if (test(op, sum, value)) {
                files.add(id);
            }
        });
        return onlyZero || includeZero ? new Term.Exclude(files) : new Term.Include(files);
    }

    /** The named canvases, or hydrus's default interesting ones when none is named. */
    static Set<CanvasType> canvases(Set<ViewCanvas> named) {
        if (named.isEmpty()) {
            return CanvasType.INTERESTING;
        }
        Set<CanvasType> out = EnumSet.noneOf(CanvasType.class);
        for (ViewCanvas c : named) {
            out.add(switch (c) {
                case MEDIA -> CanvasType.MEDIA_VIEWER;
                case PREVIEW -> CanvasType.PREVIEW;
                case CLIENT_API -> CanvasType.CLIENT_API;
            });
        }
        return out;
    }

    private static boolean test(Operator op, long sum, long value) {
        return switch (op) {
            case LESS -> sum < value;
            case LESS_OR_EQUAL -> sum <= value;
            case EQUAL -> sum == value;
            case NOT_EQUAL -> sum != value;
            case GREATER_OR_EQUAL -> sum >= value;
            case GREATER -> sum > value;
            case APPROX -> (long) (0.8 * value) <= sum && sum <= (long) (1.2 * value);
        };
    }

    /** Files whose aggregate modified time lies in {@code [lo, hi)}. */
    Term modified(long lo, long hi) {
        return new Term.Filter(id -> {
            long t = times.modifiedMs(d, id);
            return t != FileColumns.NULL_LONG && t >= lo && t < hi;
        });
    }

    /** Files whose media viewer last viewed time lies in {@code [lo, hi)}. */
    Term lastViewed(long lo, long hi) {
        RoaringBitmap files = new RoaringBitmap();
        times.forEachViewing((id, v) -> {
            long t = v.mediaLastViewedMs();
            if (t != FileColumns.NULL_LONG && t >= lo && t < hi) {
                files.add(id);
            }
        });
        return new Term.Include(files);
    }
}
