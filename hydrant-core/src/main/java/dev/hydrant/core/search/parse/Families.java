package dev.hydrant.core.search.parse;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.search.predicate.AdvancedTagPredicate;
import dev.hydrant.core.search.predicate.FileNumber;
import dev.hydrant.core.search.predicate.FileNumberPredicate;
import dev.hydrant.core.search.predicate.FileServicePredicate;
import dev.hydrant.core.search.predicate.FileSizePredicate;
import dev.hydrant.core.search.predicate.FiletypePredicate;
import dev.hydrant.core.search.predicate.HashPredicate;
import dev.hydrant.core.search.predicate.HashType;
import dev.hydrant.core.search.predicate.LimitPredicate;
import dev.hydrant.core.search.predicate.NoteNamePredicate;
import dev.hydrant.core.search.predicate.NumberTest;
import dev.hydrant.core.search.predicate.Operator;
import dev.hydrant.core.search.predicate.PixelCountPredicate;
import dev.hydrant.core.search.predicate.PixelUnit;
import dev.hydrant.core.search.predicate.RatingPredicate;
import dev.hydrant.core.search.predicate.RatingValue;
import dev.hydrant.core.search.predicate.RatioOperator;
import dev.hydrant.core.search.predicate.RatioPredicate;
import dev.hydrant.core.search.predicate.RelationshipCountPredicate;
import dev.hydrant.core.search.predicate.RelationshipKind;
import dev.hydrant.core.search.predicate.ServiceRef;
import dev.hydrant.core.search.predicate.SimilarDataPredicate;
import dev.hydrant.core.search.predicate.SimilarFilesPredicate;
import dev.hydrant.core.search.predicate.SizeUnit;
import dev.hydrant.core.search.predicate.SystemPredicate;
import dev.hydrant.core.search.predicate.TagAsNumberPredicate;
import dev.hydrant.core.search.predicate.TagCountPredicate;
import dev.hydrant.core.search.predicate.TimeField;
import dev.hydrant.core.search.predicate.TimePredicate;
import dev.hydrant.core.search.predicate.TimeValue;
import dev.hydrant.core.search.predicate.UrlPredicate;
import dev.hydrant.core.search.predicate.UrlRule;
import dev.hydrant.core.search.predicate.ViewCanvas;
import dev.hydrant.core.search.predicate.ViewingMeasure;
import dev.hydrant.core.search.predicate.ViewingPredicate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How each family reads the text after its name: hydrus's operator, value and unit steps in order,
 * then nothing may be left over.
 */
final class Families {

    private Families() {
    }

    /** A name that is the whole predicate. */
    static Family.Simple flag(SystemPredicate predicate) {
        return rest -> {
            finish(rest);
            return predicate;
        };
    }

    static SystemPredicate tagCount(String rest) {
        Read<Operator> op = Operators.relational(Operators.skipColonsAndSpaces(rest), false);
        Read<Long> count = Numbers.natural(op.rest());
        finish(count.rest());
        return new TagCountPredicate(Optional.empty(), op.value(), count.value());
    }

    static SystemPredicate namespaceTagCount(String rest) {
        TagNumberText.NamespaceCount count = TagNumberText.namespaceCount(rest);
        return new TagCountPredicate(count.namespace(), count.operator(), count.count());
    }

    /** {@code RELATIONAL} operator, natural value, as a number test. */
    static SystemPredicate relationalNumber(String rest, FileNumber number) {
        Read<Operator> op = Operators.relational(Operators.skipColonsAndSpaces(rest), false);
        Read<Long> value = Numbers.natural(op.rest());
        finish(value.rest());
        return new FileNumberPredicate(number, new NumberTest(op.value(), value.value()));
    }

    /** Number-test operator, natural value. */
    static SystemPredicate numberTest(String rest, FileNumber number) {
        Read<Operator> op = Operators.numberTest(Operators.skipColonsAndSpaces(rest));
        Read<Long> value = Numbers.natural(op.rest());
        finish(value.rest());
        return new FileNumberPredicate(number, new NumberTest(op.value(), value.value()));
    }

    /** Width and height: number-test operator, natural value, optional {@code px}/{@code pixels}. */
    static SystemPredicate dimension(String rest, FileNumber number) {
        Read<Operator> op = Operators.numberTest(Operators.skipColonsAndSpaces(rest));
        Read<Long> value = Numbers.natural(op.rest());
        finishUnit(Numbers.pixelsOrNone(value.rest()));
        return new FileNumberPredicate(number, new NumberTest(op.value(), value.value()));
    }

    static SystemPredicate fileSize(String rest) {
        Read<Operator> op = Operators.relational(Operators.skipColonsAndSpaces(rest), false);
        Read<Long> amount = Numbers.natural(op.rest());
        Read<SizeUnit> unit = Numbers.sizeUnit(amount.rest());
        finishUnit(unit.rest());
        return new FileSizePredicate(op.value(), Numbers.times(amount.value(), unit.value().bytes()), amount.value(),
                unit.value());
    }

    static SystemPredicate pixels(String rest) {
        Read<Operator> op = Operators.relational(Operators.skipColonsAndSpaces(rest), false);
        Read<Long> amount = Numbers.natural(op.rest());
        Read<PixelUnit> unit = Numbers.pixelUnit(amount.rest());
        finishUnit(unit.rest());
        return new PixelCountPredicate(op.value(), Numbers.times(amount.value(), unit.value().pixels()),
                amount.value(), unit.value());
    }

    static SystemPredicate similarFiles(String rest) {
        HashesWithDistance value = hashesWithDistance(rest, SimilarFilesPredicate.DEFAULT_DISTANCE);
        return new SimilarFilesPredicate(HexLists.decode(value.runs()), value.distance());
    }

    static SystemPredicate similarData(String rest) {
        HashesWithDistance value = hashesWithDistance(rest, SimilarDataPredicate.DEFAULT_DISTANCE);
        List<String> pixel = value.runs().stream().filter(h -> h.length() == 64).toList();
        List<String> perceptual = value.runs().stream().filter(h -> h.length() == 16).toList();
        return new SimilarDataPredicate(HexLists.decode(pixel), HexLists.decode(perceptual), value.distance());
    }

    private record HashesWithDistance(List<String> runs, int distance) {
    }

    /**
     * {@code ([0-9a-f]{4}[0-9a-f]+(\s|,)*)+(with\s+)?(distance\s+)?(of\s+)?(?P<distance>0|([1-9][0-9]*))?}
     * from the start of the stripped text.
     */
    private static HashesWithDistance hashesWithDistance(String rest, int defaultDistance) {
        String s = PyText.strip(rest);
        HexLists.Found found = HexLists.matchShortRuns(s);
        if (found.runs().isEmpty()) {
            throw ParseFailure.unparseable("Invalid value, expected a list of hashes with distance");
        }
        int pos = found.end();
        for (String word : List.of("with", "distance", "of")) {
            int after = pos + word.length();
            if (s.startsWith(word, pos) && after < s.length() && PyText.isSpace(s.charAt(after))) {
                pos = PyText.skipSpaces(s, after);
            }
        }
        int distance = defaultDistance;
        int numberEnd = Numbers.plainNumberEnd(s, pos);
        if (numberEnd >= 0) {
            long written = PyText.parseDigits(s.substring(pos, numberEnd));
            if (written > Integer.MAX_VALUE) {
                throw ParseFailure.unparseable("distance too large");
            }
            distance = (int) written;
            pos = numberEnd;
        }
        finish(s.substring(pos));
        return new HashesWithDistance(found.runs(), distance);
    }

    static SystemPredicate limit(String rest) {
        String afterOperator = Operators.onlyEqual(Operators.skipColonsAndSpaces(rest));
        Read<Long> value = Numbers.natural(afterOperator);
        finish(value.rest());
        return new LimitPredicate(value.value());
    }

    static SystemPredicate filetype(String rest) {
        Read<Boolean> op = Operators.equality(Operators.skipColonsAndSpaces(rest));
        Read<FiletypeNames.Meaning> list = FiletypeNames.readList(op.rest());
        finish(list.rest());
        return new FiletypePredicate(list.value().types(), list.value().groups(), op.value());
    }

    /**
     * {@code system:hash}: the algorithm is the first of md5, sha1, sha512 appearing anywhere in the
     * text, else sha256; the hashes are the first list of hex runs of nine or more found anywhere after
     * the operator; whatever surrounds them is ignored, as hydrus ignores it.
     */
    static Family hash() {
        return (rest, reading) -> {
            Read<Boolean> op = Operators.equality(Operators.skipColonsAndSpaces(rest));
            HashType type = HashType.SHA256;
            for (HashType candidate : List.of(HashType.MD5, HashType.SHA1, HashType.SHA512)) {
                if (reading.lower().contains(candidate.text())) {
                    type = candidate;
                    break;
                }
            }
            HexLists.Found found = HexLists.searchLongRuns(PyText.strip(op.rest()));
            if (found.runs().isEmpty()) {
                throw ParseFailure.unparseable("Invalid value, expected a list of hashes and perhaps an algorithm");
            }
            List<ByteKey> hashes = HexLists.decode(found.runs());
            return new HashPredicate(hashes, type, op.value());
        };
    }

    /** The time families: an age compared with {@code =} becomes {@code ≈}. */
    static Family time(TimeField field) {
        return (rest, reading) -> {
            Read<Operator> op = Operators.time(Operators.skipColonsAndSpaces(rest));
            TimeValue value = TimeValues.read(op.rest(), reading.now());
            Operator operator = op.value();
            if (value instanceof TimeValue.Age && operator == Operator.EQUAL) {
                operator = Operator.APPROX;
            }
            return new TimePredicate(field, operator, value);
        };
    }

    static SystemPredicate duration(String rest) {
        Read<Operator> op = Operators.numberTest(Operators.skipColonsAndSpaces(rest));
        Read<Long> ms = Durations.milliseconds(op.rest());
        finish(ms.rest());
        return new FileNumberPredicate(FileNumber.DURATION, new NumberTest(op.value(), ms.value()));
    }

    static SystemPredicate framerate(String rest) {
        Read<Operator> op = Operators.relational(Operators.skipColonsAndSpaces(rest), false);
        Read<Long> value = Numbers.natural(op.rest());
        finishUnit(Numbers.fpsOrNone(value.rest()));
        return new FileNumberPredicate(FileNumber.FRAMERATE, new NumberTest(op.value(), value.value()));
    }

    static SystemPredicate fileService(String rest) {
        Read<Operators.FileServiceTest> op = Operators.fileService(Operators.skipColonsAndSpaces(rest));
        String name = PyText.strip(op.rest());
        return new FileServicePredicate(ServiceRef.named(name), op.value().status(), op.value().isIn());
    }

    static SystemPredicate relationships(String rest) {
        Read<Operator> op = Operators.relational(Operators.skipColonsAndSpaces(rest), false);
        Read<Long> count = Numbers.natural(op.rest());
        Read<RelationshipKind> kind = Numbers.relationshipKind(count.rest());
        finishUnit(kind.rest());
        return new RelationshipCountPredicate(op.value(), count.value(), kind.value());
    }

    /** {@code (?P<first>0|([1-9][0-9]*)):(?P<second>0|([1-9][0-9]*))}. */
    static SystemPredicate ratio(String rest) {
        Read<RatioOperator> op = Operators.ratio(Operators.skipColonsAndSpaces(rest));
        String s = PyText.strip(op.rest());
        int firstEnd = Numbers.plainNumberEnd(s, 0);
        int secondEnd = firstEnd >= 0 && s.startsWith(":", firstEnd) ? Numbers.plainNumberEnd(s, firstEnd + 1) : -1;
        if (secondEnd < 0) {
            throw ParseFailure.unparseable("Invalid value, expected a ratio");
        }
        long width = PyText.parseDigits(s.substring(0, firstEnd));
        long height = PyText.parseDigits(s.substring(firstEnd + 1, secondEnd));
        finish(s.substring(secondEnd));
        return new RatioPredicate(op.value(), width, height);
    }

    static SystemPredicate ratioWord(String rest) {
        RatioOperator op = Operators.ratioWord(Operators.skipColonsAndSpaces(rest));
        return new RatioPredicate(op, 1, 1);
    }

    /** {@code system:media views > 2}, {@code system:all viewtime < 1 minute}. */
    static SystemPredicate legacyViews(String rest, ViewingMeasure measure, Set<ViewCanvas> canvases) {
        Read<Operator> op = Operators.relational(Operators.skipColonsAndSpaces(rest), false);
        return viewing(measure, canvases, op);
    }

    /**
     * {@code system:views in media, preview > 3}: the canvas words are found anywhere in the text and
     * removed from it; then leading commas and spaces go, and a relational operator follows.
     */
    static SystemPredicate views(String rest, ViewingMeasure measure) {
        String s = Operators.skipColonsAndSpaces(rest);
        EnumSet<ViewCanvas> canvases = EnumSet.noneOf(ViewCanvas.class);
        for (ViewCanvas canvas : ViewCanvas.values()) {
            if (s.contains(canvas.text())) {
                canvases.add(canvas);
                s = s.replace(canvas.text(), "");
            }
        }
        int start = 0;
        while (start < s.length() && (s.charAt(start) == ',' || s.charAt(start) == ' ')) {
            start++;
        }
        return viewing(measure, canvases, Operators.relational(s.substring(start), false));
    }

    private static SystemPredicate viewing(ViewingMeasure measure, Set<ViewCanvas> canvases, Read<Operator> op) {
        Read<Long> value = measure == ViewingMeasure.VIEWS ? Numbers.natural(op.rest()) : Durations.seconds(op.rest());
        finish(value.rest());
        return new ViewingPredicate(measure, canvases, op.value(), value.value());
    }

    /** The URL families: the rest of the text, stripped, is the value. */
    static Family.Simple url(boolean include, UrlRule rule) {
        return rest -> new UrlPredicate(include, rule, PyText.strip(rest));
    }

    static SystemPredicate tagAsNumber(String rest) {
        Read<TagNumberText.NamespaceTest> test = TagNumberText.tagAsNumber(Operators.skipColonsAndSpaces(rest));
        Read<Long> value = Numbers.integer(test.rest());
        finish(value.rest());
        return new TagAsNumberPredicate(test.value().namespace(), test.value().operator(), value.value());
    }

    static SystemPredicate noteCount(String rest) {
        Read<Operator> op = Operators.relational(Operators.skipColonsAndSpaces(rest), true);
        Read<Long> value = Numbers.natural(op.rest());
        finish(value.rest());
        return new FileNumberPredicate(FileNumber.NOTE_COUNT, new NumberTest(op.value(), value.value()));
    }

    /** Note names lose one pair of surrounding quotes (single or double) if longer than two characters. */
    static Family.Simple noteName(boolean has) {
        return rest -> {
            String name = PyText.strip(rest);
            if (name.length() > 2) {
                for (String quote : List.of("'", "\"")) {
                    if (name.startsWith(quote) && name.endsWith(quote)) {
                        name = name.substring(1, name.length() - 1);
                        break;
                    }
                }
            }
            return new NoteNamePredicate(has, name);
        };
    }

    /** {@code has a rating for NAME} / {@code no rating for NAME}. */
    static Family.Simple rated(boolean has) {
        return rest -> new RatingPredicate(ServiceRef.named(PyText.strip(rest)), Operator.EQUAL,
                has ? new RatingValue.Rated() : new RatingValue.NotRated());
    }

    static SystemPredicate stars(String rest) {
        Read<Operator> op = RatingText.operator(Operators.skipColonsAndSpaces(rest));
        RatingText.Stars stars = RatingText.stars(op.rest());
        return new RatingPredicate(ServiceRef.named(stars.service()), op.value(),
                new RatingValue.Stars(stars.stars(), stars.outOf()));
    }

    static SystemPredicate likes(String rest) {
        RatingText.Likes likes = RatingText.likes(rest);
        return new RatingPredicate(ServiceRef.named(likes.service()), Operator.EQUAL,
                likes.like() ? new RatingValue.Like() : new RatingValue.Dislike());
    }

    static SystemPredicate count(String rest) {
        Read<Operator> op = RatingText.operator(Operators.skipColonsAndSpaces(rest));
        RatingText.Count count = RatingText.count(op.rest());
        return new RatingPredicate(ServiceRef.named(count.service()), op.value(), new RatingValue.Count(count.count()));
    }

    static Family.Simple advancedTag(boolean inclusive) {
        return rest -> {
            Read<AdvancedTagText.Options> options = AdvancedTagText.options(Operators.skipColonsAndSpaces(rest));
            String tag = AdvancedTagText.tag(options.rest());
            return new AdvancedTagPredicate(options.value().service(), options.value().storageTags(),
                    options.value().statuses(), tag, inclusive);
        };
    }

    static Family ratingAdvanced() {
        return (rest, reading) -> RatingAdvancedText.read(reading.subtagLower());
    }

    /** Hydrus's final check after a family without a unit: nothing but whitespace may be left. */
    static void finish(String rest) {
        if (!PyText.strip(rest).isEmpty()) {
            throw ParseFailure.unparseable("Unrecognized characters at the end of the predicate");
        }
    }

    /** The same check after a unit, which hydrus does not strip again. */
    static void finishUnit(String rest) {
        if (!rest.isEmpty()) {
            throw ParseFailure.unparseable("Unrecognized characters at the end of the predicate");
        }
    }
}
