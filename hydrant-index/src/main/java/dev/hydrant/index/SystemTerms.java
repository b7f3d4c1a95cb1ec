package dev.hydrant.index;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.HashType;
import dev.hydrant.core.search.predicate.AdvancedTagPredicate;
import dev.hydrant.core.search.predicate.BestQualityPredicate;
import dev.hydrant.core.search.predicate.EverythingPredicate;
import dev.hydrant.core.search.predicate.FileFlagPredicate;
import dev.hydrant.core.search.predicate.FileNumberPredicate;
import dev.hydrant.core.search.predicate.FileServicePredicate;
import dev.hydrant.core.search.predicate.FileServiceStatus;
import dev.hydrant.core.search.predicate.FileSizePredicate;
import dev.hydrant.core.search.predicate.FiletypePredicate;
import dev.hydrant.core.search.predicate.HashPredicate;
import dev.hydrant.core.search.predicate.InboxPredicate;
import dev.hydrant.core.search.predicate.LimitPredicate;
import dev.hydrant.core.search.predicate.NoteNamePredicate;
import dev.hydrant.core.search.predicate.NumberTest;
import dev.hydrant.core.search.predicate.PixelCountPredicate;
import dev.hydrant.core.search.predicate.RatingAdvancedPredicate;
import dev.hydrant.core.search.predicate.RatingPredicate;
import dev.hydrant.core.search.predicate.RatioPredicate;
import dev.hydrant.core.search.predicate.RelationshipCountPredicate;
import dev.hydrant.core.search.predicate.SimilarDataPredicate;
import dev.hydrant.core.search.predicate.SimilarFilesPredicate;
import dev.hydrant.core.search.predicate.SystemPredicate;
import dev.hydrant.core.search.predicate.TagAsNumberPredicate;
import dev.hydrant.core.search.predicate.TagCountPredicate;
import dev.hydrant.core.search.predicate.TimePredicate;
import dev.hydrant.core.search.predicate.TimeValue;
import dev.hydrant.core.search.predicate.UrlPredicate;
import dev.hydrant.core.search.predicate.ViewingPredicate;
import dev.hydrant.core.tags.TagStatus;
import org.roaringbitmap.RoaringBitmap;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Turns each {@code system:} predicate into a {@link Term} over the file columns, postings and domain sets, with
 * hydrus's semantics (notes: {@link NoteTerms}, ratings: {@link RatingTerms}, URLs: {@link UrlTerms} over the
 * {@link UrlSearchIndex}, times and viewing statistics: {@link TimeTerms}, similar files: {@link SimilarTerms} over
 * the {@link SimilarFilesIndex}). Families whose data Hydrant does not record yet (file relationships) are evaluated
 * as hydrus evaluates them on a client without such data.
 */
final class SystemTerms {
    /** hydrus's tolerance for {@code ≈} on ratios and times. */
    private static final double APPROX = 0.15;

    private final FileColumns.Data d;
    private final TagSets tags;
    private final TagSets.Context context;
    private final DomainBitmaps domains;
    private final long nowMs;
    private final ZoneId zone;
    private final java.util.function.BiFunction<List<ByteKey>, HashType, Map<ByteKey, ByteKey>> translate;
    private final java.util.function.ToIntFunction<ByteKey> idOf;
    private final NoteNames notes;
    private final RatingTerms ratings;
    private final UrlTerms urls;
    private final TimeTerms timeTerms;
    private final SimilarFilesIndex similar;

    /**
     * @param translate hash of a type → sha256 (md5, sha1, sha512), for the files that have one
     * @param idOf      sha256 → file id, or -1
     * @param notes     the note names and counts of files
     * @param times     domain modified times and viewing statistics
     */
    SystemTerms(FileColumns.Data d, TagSets tags, TagSets.Context context, DomainBitmaps domains, long nowMs,
                ZoneId zone, java.util.function.BiFunction<List<ByteKey>, HashType, Map<ByteKey, ByteKey>> translate,
                java.util.function.ToIntFunction<ByteKey> idOf, NoteNames notes, RatingTerms ratings,
                UrlTerms urls, TimeColumns times, SimilarFilesIndex similar) {
        this.timeTerms = new TimeTerms(times, d);
        this.d = d;
        this.tags = tags;
        this.context = context;
        this.domains = domains;
        this.nowMs = nowMs;
        this.zone = zone;
        this.translate = translate;
        this.idOf = idOf;
        this.notes = notes;
        this.ratings = ratings;
        this.urls = urls;
        this.similar = similar;
    }

    Term term(SystemPredicate predicate) {
        return switch (predicate) {
            case EverythingPredicate p -> Term.ALL;
            case LimitPredicate p -> Term.ALL;
            case InboxPredicate p -> new Term.Filter(id -> d.inbox(id) == p.inbox());
            case FileNumberPredicate p -> number(p);
            case RatioPredicate p -> ratio(p);
            case PixelCountPredicate p -> {
                NumberTest test = new NumberTest(p.operator(), p.pixels());
                yield new Term.Filter(id -> test.test(pixels(id)));
            }
            case FileSizePredicate p -> new Term.Filter(longs(d.size, -1, new NumberTest(p.operator(), p.bytes())));
            case TagCountPredicate p -> {
                int[] counts = tags.counts(context, p.namespace().orElse(null), d.capacity);
                NumberTest test = new NumberTest(p.operator(), p.count());
                yield new Term.Filter(id -> test.test((long) counts[id]));
            }
            case ViewingPredicate p -> timeTerms.viewing(p);
            case TimePredicate p -> time(p);
            case HashPredicate p -> hash(p);
            case SimilarFilesPredicate p -> SimilarTerms.files(p, similar, d, idOf);
            case SimilarDataPredicate p -> SimilarTerms.data(p, similar);
            case FiletypePredicate p -> {
                Set<FileType> types = p.allTypes().isEmpty() ? EnumSet.noneOf(FileType.class)
                        : EnumSet.copyOf(p.allTypes());
                yield new Term.Filter(id -> types.contains(d.fileType(id)) == p.inclusive());
            }
            case FileServicePredicate p -> fileService(p);
            case UrlPredicate p -> urls.term(p);
            case TagAsNumberPredicate p -> tagAsNumber(p);
            case NoteNamePredicate p -> NoteTerms.name(notes, p);
            case RatingPredicate p -> ratings.simple(p);
            case RatingAdvancedPredicate p -> ratings.advanced(p);
            case dev.hydrant.core.search.predicate.AdvancedTagPredicate p -> advancedTag(p);
            case RelationshipCountPredicate p -> constant(new NumberTest(p.operator(), p.count()).test(0L));
            case BestQualityPredicate p -> constant(p.best());
            case FileFlagPredicate p -> flag(p);
        };
    }

    private static Term constant(boolean everyFile) {
        return everyFile ? Term.ALL : Term.NONE;
    }

    private Long pixels(int id) {
        int w = d.width[id];
        int h = d.height[id];
        return w == FileColumns.NULL_INT || h == FileColumns.NULL_INT ? null : (long) w * h;
    }

    private Term number(FileNumberPredicate p) {
        NumberTest t = p.test();
        return switch (p.property()) {
            case WIDTH -> new Term.Filter(ints(d.width, t));
            case HEIGHT -> new Term.Filter(ints(d.height, t));
            case DURATION -> new Term.Filter(longs(d.durationMs, FileColumns.NULL_LONG, t));
            case FRAME_COUNT -> new Term.Filter(ints(d.frames, t));
            case WORD_COUNT -> new Term.Filter(ints(d.words, t));
            case FRAMERATE -> new Term.Filter(id -> testDouble(t, framerate(d, id)));
            case NOTE_COUNT -> NoteTerms.count(notes, t);
            case URL_COUNT -> urls.count(t);
        };
    }

    /** {@code t} on an int column without boxing; {@link FileColumns#NULL_INT} is a missing value. */
    static IntPredicate ints(int[] column, NumberTest t) {
        boolean whenMissing = t.test(null);
        java.util.function.LongPredicate p = primitive(t);
        return id -> {
            int v = column[id];
            return v == FileColumns.NULL_INT ? whenMissing : p.test(v);
        };
    }

    /** {@code t} on a long column without boxing; {@code missing} marks a missing value. */
    static IntPredicate longs(long[] column, long missing, NumberTest t) {
        boolean whenMissing = t.test(null);
        java.util.function.LongPredicate p = primitive(t);
        return id -> {
            long v = column[id];
            return v == missing ? whenMissing : p.test(v);
        };
    }

    /** {@link NumberTest#test} for a present value, as a primitive predicate. */
    static java.util.function.LongPredicate primitive(NumberTest t) {
        long value = t.value();
        return switch (t.operator()) {
            case LESS -> n -> n < value;
            case LESS_OR_EQUAL -> n -> n <= value;
            case GREATER -> n -> n > value;
            case GREATER_OR_EQUAL -> n -> n >= value;
            case EQUAL -> n -> n == value;
            case NOT_EQUAL -> n -> n != value;
            case APPROX -> {
                double lower = value * (1 - NumberTest.APPROX_FRACTION);
                double upper = value * (1 + NumberTest.APPROX_FRACTION);
                yield lower <= 0 ? n -> n <= upper : n -> lower <= n && n <= upper;
            }
        };
    }

    static Double framerate(FileColumns.Data d, int id) {
        long duration = d.durationMs[id];
        int frames = d.frames[id];
        if (duration == FileColumns.NULL_LONG || duration <= 0 || frames == FileColumns.NULL_INT || frames <= 0) {
            return null;
        }
        return frames / (duration / 1000.0);
    }

    /** {@link NumberTest} on a fractional value. */
    private static boolean testDouble(NumberTest t, Double v) {
        if (v == null) {
            return t.test(null);
        }
        double value = t.value();
        return switch (t.operator()) {
            case LESS -> v < value;
            case LESS_OR_EQUAL -> v <= value;
            case GREATER -> v > value;
            case GREATER_OR_EQUAL -> v >= value;
            case EQUAL -> v == value;
            case NOT_EQUAL -> v != value;
            case APPROX -> v >= value * (1 - NumberTest.APPROX_FRACTION) && v <= value * (1 + NumberTest.APPROX_FRACTION);
        };
    }

    private Term ratio(RatioPredicate p) {
        long rw = p.width();
        long rh = p.height();
        return new Term.Filter(id -> {
            int w = d.width[id];
            int h = d.height[id];
            if (w == FileColumns.NULL_INT || h == FileColumns.NULL_INT || w <= 0 || h <= 0) {
                return false;
            }
            long left = (long) w * rh;
            long right = (long) h * rw;
            return switch (p.operator()) {
                case EQUAL -> left == right;
                case WIDER_THAN -> left > right;
                case TALLER_THAN -> left < right;
                case APPROX -> rh != 0 && (double) w / h > (1 - APPROX) * rw / rh
                        && (double) w / h < (1 + APPROX) * rw / rh;
            };
        });
    }

    private Term time(TimePredicate p) {
        long min;
        long max;
        switch (p.value()) {
            case TimeValue.Age age -> {
                long delta = age.days() * 86_400_000L + age.hours() * 3_600_000L;
                long pivot = nowMs - delta;
                switch (p.operator()) {
                    case LESS, LESS_OR_EQUAL -> {
                        min = pivot;
                        max = Long.MAX_VALUE;
                    }
                    case GREATER, GREATER_OR_EQUAL -> {
                        min = Long.MIN_VALUE + 1;
                        max = pivot;
                    }
                    default -> {
                        long rough = (long) (Math.abs(delta) * APPROX);
                        min = pivot - rough;
                        max = pivot + rough;
                    }
                }
            }
            case TimeValue.CalendarDate date -> {
                LocalDateTime start = LocalDateTime.of(date.year(), date.month(), Math.min(date.day(), 28), date.hour(),
                        date.minute()).plusDays(Math.max(0, date.day() - 28));
                long pivot = start.atZone(zone).toInstant().toEpochMilli();
                long nextDay = start.plusDays(1).atZone(zone).toInstant().toEpochMilli();
                switch (p.operator()) {
                    case LESS, LESS_OR_EQUAL -> {
                        min = Long.MIN_VALUE + 1;
                        max = pivot;
                    }
                    case GREATER, GREATER_OR_EQUAL -> {
                        min = nextDay;
                        max = Long.MAX_VALUE;
                    }
                    case APPROX -> {
                        min = pivot - 30 * 86_400_000L;
                        max = pivot + 30 * 86_400_000L;
                    }
                    default -> {
                        min = pivot;
                        max = nextDay;
                    }
                }
            }
        }
        long lo = min;
        long hi = max;
        long[] column = switch (p.field()) {
            case IMPORTED -> d.importedMs;
            case ARCHIVED -> d.archivedMs;
            case MODIFIED -> null;
            case LAST_VIEWED -> null;
        };
        if (column == null) {
            return p.field() == dev.hydrant.core.search.predicate.TimeField.MODIFIED ? timeTerms.modified(lo, hi)
                    : timeTerms.lastViewed(lo, hi);
        }
        return new Term.Filter(id -> {
            long t = column[id];
            return t != FileColumns.NULL_LONG && t >= lo && t < hi;
        });
    }

    private Term hash(HashPredicate p) {
        RoaringBitmap files = new RoaringBitmap();
        List<ByteKey> sha256s;
        if (p.type() == dev.hydrant.core.search.predicate.HashType.SHA256) {
            sha256s = p.hashes();
        } else {
            sha256s = List.copyOf(translate.apply(p.hashes(), HashType.valueOf(p.type().name())).values());
        }
        for (ByteKey h : sha256s) {
            int id = lookup(h);
            if (id >= 0) {
                files.add(id);
            }
        }
        return p.inclusive() ? new Term.Include(files) : new Term.Exclude(files);
    }

    private int lookup(ByteKey sha256) {
        return idOf.applyAsInt(sha256);
    }

    private Term fileService(FileServicePredicate p) {
        if (p.status() == FileServiceStatus.PENDING) {
            return constant(!p.isIn());
        }
        ByteKey key = p.service().service().key();
        RoaringBitmap files = domains.current(key);
        return p.isIn() ? new Term.Include(files) : new Term.Exclude(files);
    }

    private Term tagAsNumber(TagAsNumberPredicate p) {
        long value = p.value();
        java.util.function.LongPredicate test = switch (p.operator()) {
            case LESS -> n -> n < value;
            case GREATER -> n -> n > value;
            default -> {
                long lower = (long) (value * (1 - NumberTest.APPROX_FRACTION));
                long upper = (long) (value * (1 + NumberTest.APPROX_FRACTION));
                yield n -> n >= Math.min(lower, upper) && n <= Math.max(lower, upper);
            }
        };
        return new Term.Include(tags.tagAsNumber(p.namespace().orElse(null), test, context));
    }

    private Term advancedTag(AdvancedTagPredicate p) {
        Set<TagStatus> statuses = EnumSet.noneOf(TagStatus.class);
        for (dev.hydrant.core.search.predicate.TagStatus s : p.statuses()) {
            if (s == dev.hydrant.core.search.predicate.TagStatus.CURRENT) {
                statuses.add(TagStatus.CURRENT);
            } else if (s == dev.hydrant.core.search.predicate.TagStatus.PENDING) {
                statuses.add(TagStatus.PENDING);
            }
        }
        ByteKey service = p.service().map(ref -> ref.service().key())
                .orElse(dev.hydrant.core.services.DefaultServices.ALL_KNOWN_TAGS);
        TagSets.Context c = tags.context(service, statuses, !p.storageTags());
        RoaringBitmap files = statuses.isEmpty() ? new RoaringBitmap() : tags.tag(p.tag(), c);
        return p.inclusive() ? new Term.Include(files) : new Term.Exclude(files);
    }

    private Term flag(FileFlagPredicate p) {
        int bit = switch (p.flag()) {
            case AUDIO -> FileColumns.AUDIO;
            case TRANSPARENCY -> 1;
            case EXIF -> 2;
            case ICC_PROFILE -> 4;
            case XMP -> 8;
            case IPTC -> 16;
            case HUMAN_READABLE_METADATA -> 32;
            case SOFTWARE_SOURCE -> 64;
            case FORCED_FILETYPE -> FileColumns.FORCED_TYPE;
        };
        boolean has = p.has();
        return new Term.Filter(id -> ((d.bits[id] & bit) != 0) == has);
    }
}
