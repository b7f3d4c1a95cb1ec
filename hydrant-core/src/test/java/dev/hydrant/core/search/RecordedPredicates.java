package dev.hydrant.core.search;

import static dev.hydrant.core.search.predicate.Operator.APPROX;
import static dev.hydrant.core.search.predicate.Operator.EQUAL;
import static dev.hydrant.core.search.predicate.Operator.GREATER;
import static dev.hydrant.core.search.predicate.Operator.GREATER_OR_EQUAL;
import static dev.hydrant.core.search.predicate.Operator.LESS;
import static dev.hydrant.core.search.predicate.Operator.LESS_OR_EQUAL;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.FileTypeGroup;
import dev.hydrant.core.search.predicate.AdvancedTagPredicate;
import dev.hydrant.core.search.predicate.BestQualityPredicate;
import dev.hydrant.core.search.predicate.EverythingPredicate;
import dev.hydrant.core.search.predicate.FileFlag;
import dev.hydrant.core.search.predicate.FileFlagPredicate;
import dev.hydrant.core.search.predicate.FileNumber;
import dev.hydrant.core.search.predicate.FileNumberPredicate;
import dev.hydrant.core.search.predicate.FileServicePredicate;
import dev.hydrant.core.search.predicate.FileServiceStatus;
import dev.hydrant.core.search.predicate.FileSizePredicate;
import dev.hydrant.core.search.predicate.FiletypePredicate;
import dev.hydrant.core.search.predicate.HashPredicate;
import dev.hydrant.core.search.predicate.HashType;
import dev.hydrant.core.search.predicate.InboxPredicate;
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
import dev.hydrant.core.search.predicate.SimilarFilesPredicate;
import dev.hydrant.core.search.predicate.SizeUnit;
import dev.hydrant.core.search.predicate.SystemPredicate;
import dev.hydrant.core.search.predicate.TagAsNumberPredicate;
import dev.hydrant.core.search.predicate.TagCountPredicate;
import dev.hydrant.core.search.predicate.TagStatus;
import dev.hydrant.core.search.predicate.TimeField;
import dev.hydrant.core.search.predicate.TimePredicate;
import dev.hydrant.core.search.predicate.TimeValue;
import dev.hydrant.core.search.predicate.UrlPredicate;
import dev.hydrant.core.search.predicate.UrlRule;
import dev.hydrant.core.search.predicate.ViewCanvas;
import dev.hydrant.core.search.predicate.ViewingMeasure;
import dev.hydrant.core.search.predicate.ViewingPredicate;
import dev.hydrant.core.services.DefaultServices;
import dev.hydrant.core.services.Service;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every {@code system:} text that hydrus 682 accepted in the transcripts must read as, bound to
 * the services of a fresh client, with ages measured from {@link #NOW}.
 */
final class RecordedPredicates {

    /** When the transcripts were recorded (2026-11-22 11:37 UTC). */
    static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T11:37:00Z"), ZoneOffset.UTC);

    static final String PNG_RGB = "be84f30d4458cac2f31b0ae6ca62dbefdcbd5c4b59c6f59ac87a0751d806885e";
    static final String JPEG_EXIF = "8dc5e0f408b083d1c096517821d880903e6eae56d096d4f73d22bde6778c6a2b";

    private RecordedPredicates() {
    }

    static Map<String, SystemPredicate> expected() {
        Map<String, SystemPredicate> m = new LinkedHashMap<>();
        m.put("system:everything", new EverythingPredicate());
        m.put("system:limit = 3", new LimitPredicate(3));
        m.put("system:limit = 0", new LimitPredicate(0));
        m.put("system:limit = 2", new LimitPredicate(2));
        m.put("system:inbox", new InboxPredicate(true));
        m.put("system:archive", new InboxPredicate(false));
        m.put("system:archived", new InboxPredicate(false));
        m.put("system:has duration", number(FileNumber.DURATION, GREATER, 0));
        m.put("system:no duration", number(FileNumber.DURATION, EQUAL, 0));
        m.put("system:has audio", flag(FileFlag.AUDIO, true));
        m.put("system:no audio", flag(FileFlag.AUDIO, false));
        m.put("system:has transparency", flag(FileFlag.TRANSPARENCY, true));
        m.put("system:no transparency", flag(FileFlag.TRANSPARENCY, false));
        m.put("system:has exif", flag(FileFlag.EXIF, true));
        m.put("system:no exif", flag(FileFlag.EXIF, false));
        m.put("system:has human-readable metadata", flag(FileFlag.HUMAN_READABLE_METADATA, true));
        m.put("system:has icc profile", flag(FileFlag.ICC_PROFILE, true));
        m.put("system:no icc profile", flag(FileFlag.ICC_PROFILE, false));
        m.put("system:has forced filetype", flag(FileFlag.FORCED_FILETYPE, true));
        m.put("system:no forced filetype", flag(FileFlag.FORCED_FILETYPE, false));
        m.put("system:has tags", tagCount(null, GREATER, 0));
        m.put("system:no tags", tagCount(null, EQUAL, 0));
        m.put("system:untagged", tagCount(null, EQUAL, 0));
        m.put("system:number of tags > 3", tagCount(null, GREATER, 3));
        m.put("system:number of tags = 1", tagCount(null, EQUAL, 1));
        m.put("system:number of tags ~= 2", tagCount(null, APPROX, 2));
        m.put("system:number of creator tags > 0", tagCount("creator", GREATER, 0));
        m.put("system:number of unnamespaced tags = 1", tagCount("", EQUAL, 1));
        m.put("system:height = 120", number(FileNumber.HEIGHT, EQUAL, 120));
        m.put("system:height > 100", number(FileNumber.HEIGHT, GREATER, 100));
        m.put("system:Height > 100", number(FileNumber.HEIGHT, GREATER, 100));
        m.put("system:height>100", number(FileNumber.HEIGHT, GREATER, 100));
        m.put("system:width < 100", number(FileNumber.WIDTH, LESS, 100));
        m.put("system:width <= 96", number(FileNumber.WIDTH, LESS_OR_EQUAL, 96));
        m.put("system:width \u2265 160", number(FileNumber.WIDTH, GREATER_OR_EQUAL, 160));
        m.put("system:filesize > 20 kilobytes", new FileSizePredicate(GREATER, 20 * 1024, 20, SizeUnit.KILOBYTES));
        m.put("system:filesize < 5 KB", new FileSizePredicate(LESS, 5 * 1024, 5, SizeUnit.KILOBYTES));
        m.put("system:filesize ~= 10 kb", new FileSizePredicate(APPROX, 10 * 1024, 10, SizeUnit.KILOBYTES));
        m.put("system:filesize > 0 B", new FileSizePredicate(GREATER, 0, 0, SizeUnit.BYTES));
        m.put("system:filetype = image/png", types(true, FileType.IMAGE_PNG));
        m.put("system:filetype = image/jpg, image/png, apng",
                types(true, FileType.IMAGE_JPEG, FileType.IMAGE_PNG, FileType.ANIMATION_APNG));
        m.put("system:filetype = video", group(true, FileTypeGroup.VIDEO));
        m.put("system:filetype = audio", group(true, FileTypeGroup.AUDIO));
        m.put("system:filetype = gif", types(true, FileType.IMAGE_GIF, FileType.ANIMATION_GIF));
        m.put("system:filetype = animated gif", types(true, FileType.ANIMATION_GIF));
        m.put("system:filetype is image", group(true, FileTypeGroup.IMAGE));
        m.put("system:filetype != image", group(false, FileTypeGroup.IMAGE));
        m.put("system:hash = " + PNG_RGB, hash(true, PNG_RGB));
        m.put("system:hash = " + PNG_RGB + " " + JPEG_EXIF, hash(true, PNG_RGB, JPEG_EXIF));
        m.put("system:hash is not " + PNG_RGB, hash(false, PNG_RGB));
        m.put("system:import time < 1 day", time(TimeField.IMPORTED, LESS, new TimeValue.Age(1, 0)));
        m.put("system:import time > 2011-06-04", time(TimeField.IMPORTED, GREATER, date(2011, 6, 4)));
        // 2026-11-22 11:37 minus 7 years, 45 days and 7 hours is 2019-10-08 04:37: 2602 days and 7 hours back
        m.put("system:time imported < 7 years 45 days 7h", time(TimeField.IMPORTED, LESS, new TimeValue.Age(2602, 7)));
        m.put("system:modified date < 7 years 45 days 7h", time(TimeField.MODIFIED, LESS, new TimeValue.Age(2602, 7)));
        m.put("system:modified date > 2011-06-04", time(TimeField.MODIFIED, GREATER, date(2011, 6, 4)));
        m.put("system:last viewed time < 1 day", time(TimeField.LAST_VIEWED, LESS, new TimeValue.Age(1, 0)));
        m.put("system:archived time < 1 day", time(TimeField.ARCHIVED, LESS, new TimeValue.Age(1, 0)));
        m.put("system:duration < 5 seconds", number(FileNumber.DURATION, LESS, 5000));
        m.put("system:duration ~= 2000 msecs", number(FileNumber.DURATION, APPROX, 2000));
        m.put("system:duration > 3 milliseconds", number(FileNumber.DURATION, GREATER, 3));
        m.put("system:has frames", number(FileNumber.FRAME_COUNT, GREATER, 0));
        m.put("system:number of frames > 5", number(FileNumber.FRAME_COUNT, GREATER, 5));
        m.put("system:framerate > 10 fps", number(FileNumber.FRAMERATE, GREATER, 10));
        m.put("system:has framerate", number(FileNumber.FRAMERATE, GREATER, 0));
        m.put("system:file service currently in my files",
                fileService(DefaultServices.MY_FILES, "my files", FileServiceStatus.CURRENT, true));
        m.put("system:file service is not currently in my files",
                fileService(DefaultServices.MY_FILES, "my files", FileServiceStatus.CURRENT, false));
        m.put("system:file service currently in trash",
                fileService(DefaultServices.TRASH, "trash", FileServiceStatus.CURRENT, true));
        m.put("system:file service is pending to my files",
                fileService(DefaultServices.MY_FILES, "my files", FileServiceStatus.PENDING, true));
        m.put("system:ratio = 4:3", new RatioPredicate(RatioOperator.EQUAL, 4, 3));
        m.put("system:ratio is wider than 1:1", new RatioPredicate(RatioOperator.WIDER_THAN, 1, 1));
        m.put("system:ratio taller than 1:1", new RatioPredicate(RatioOperator.TALLER_THAN, 1, 1));
        m.put("system:ratio is landscape", new RatioPredicate(RatioOperator.WIDER_THAN, 1, 1));
        m.put("system:num pixels > 50 px", new PixelCountPredicate(GREATER, 50, 50, PixelUnit.PIXELS));
        m.put("system:num pixels ~= 19 kilopixel", new PixelCountPredicate(APPROX, 19_000, 19, PixelUnit.KILOPIXELS));
        m.put("system:views > 0", views(ViewingMeasure.VIEWS, Set.of(), GREATER, 0));
        m.put("system:views in media ~= 3", views(ViewingMeasure.VIEWS, Set.of(ViewCanvas.MEDIA), APPROX, 3));
        m.put("system:views in preview > 0", views(ViewingMeasure.VIEWS, Set.of(ViewCanvas.PREVIEW), GREATER, 0));
        m.put("system:media views > 2", views(ViewingMeasure.VIEWS, Set.of(ViewCanvas.MEDIA), GREATER, 2));
        m.put("system:viewtime in media > 10 seconds",
                views(ViewingMeasure.VIEWTIME, Set.of(ViewCanvas.MEDIA), GREATER, 10));
        m.put("system:all viewtime < 1 minute",
                views(ViewingMeasure.VIEWTIME, Set.of(ViewCanvas.MEDIA, ViewCanvas.PREVIEW), LESS, 60));
        m.put("system:has url matching regex example", new UrlPredicate(true, UrlRule.REGEX, "example"));
        m.put("system:does not have a url matching regex example", new UrlPredicate(false, UrlRule.REGEX, "example"));
        m.put("system:has url https://example.com/post/1",
                new UrlPredicate(true, UrlRule.EXACT, "https://example.com/post/1"));
        m.put("system:does not have url https://example.com/post/1",
                new UrlPredicate(false, UrlRule.EXACT, "https://example.com/post/1"));
        m.put("system:has domain example.com", new UrlPredicate(true, UrlRule.DOMAIN, "example.com"));
        m.put("system:does not have domain example.com", new UrlPredicate(false, UrlRule.DOMAIN, "example.com"));
        m.put("system:has urls", number(FileNumber.URL_COUNT, GREATER, 0));
        m.put("system:no urls", number(FileNumber.URL_COUNT, EQUAL, 0));
        m.put("system:number of urls = 2", number(FileNumber.URL_COUNT, EQUAL, 2));
        m.put("system:tag as number page < 5", new TagAsNumberPredicate(Optional.of("page"), LESS, 5));
        m.put("system:tag as number page > 5", new TagAsNumberPredicate(Optional.of("page"), GREATER, 5));
        m.put("system:has notes", number(FileNumber.NOTE_COUNT, GREATER, 0));
        m.put("system:no notes", number(FileNumber.NOTE_COUNT, EQUAL, 0));
        m.put("system:does not have notes", number(FileNumber.NOTE_COUNT, EQUAL, 0));
        m.put("system:num notes = 2", number(FileNumber.NOTE_COUNT, EQUAL, 2));
        m.put("system:num notes > 0", number(FileNumber.NOTE_COUNT, GREATER, 0));
        m.put("system:has note with name comment", new NoteNamePredicate(true, "comment"));
        m.put("system:no note with name comment", new NoteNamePredicate(false, "comment"));
        m.put("system:has note with name \"source\"", new NoteNamePredicate(true, "source"));
        m.put("system:has a rating for favourites", favourites(new RatingValue.Rated()));
        m.put("system:does not have a rating for favourites", favourites(new RatingValue.NotRated()));
        m.put("system:rating for favourites is like", favourites(new RatingValue.Like()));
        m.put("system:rating for favourites = dislike", favourites(new RatingValue.Dislike()));
        m.put("system:has words", number(FileNumber.WORD_COUNT, GREATER, 0));
        m.put("system:number of words < 2", number(FileNumber.WORD_COUNT, LESS, 2));
        m.put("system:similar to " + PNG_RGB + " with distance 4",
                new SimilarFilesPredicate(List.of(ByteKey.fromHex(PNG_RGB)), 4));
        m.put("system:number of file relationships = 0 duplicates",
                new RelationshipCountPredicate(EQUAL, 0, RelationshipKind.DUPLICATES));
        m.put("system:num file relationships < 3 alternates",
                new RelationshipCountPredicate(LESS, 3, RelationshipKind.ALTERNATES));
        m.put("system:is the best quality file of its duplicate group", new BestQualityPredicate(true));
        m.put("system:is not the best quality file of its duplicate group", new BestQualityPredicate(false));
        m.put("system:has tag: \"photo\"", advancedTag(null, null, false, "photo", true));
        m.put("system:does not have tag: \"photo\"", advancedTag(null, null, false, "photo", false));
        m.put("system:has tag in \"my tags\": \"blue square\"",
                advancedTag(DefaultServices.MY_TAGS, "my tags", false, "blue square", true));
        m.put("system:has tag in \"downloader tags\", ignoring siblings/parents, with status in current, pending: \"grey\"",
                advancedTag(DefaultServices.DOWNLOADER_TAGS, "downloader tags", true, "grey", true));
        return m;
    }

    private static FileNumberPredicate number(FileNumber property, Operator op, long value) {
        return new FileNumberPredicate(property, new NumberTest(op, value));
    }

    private static FileFlagPredicate flag(FileFlag flag, boolean has) {
        return new FileFlagPredicate(flag, has);
    }

    private static TagCountPredicate tagCount(String namespace, Operator op, long count) {
        return new TagCountPredicate(Optional.ofNullable(namespace), op, count);
    }

    private static FiletypePredicate types(boolean inclusive, FileType... types) {
        return new FiletypePredicate(Set.of(types), Set.of(), inclusive);
    }

    private static FiletypePredicate group(boolean inclusive, FileTypeGroup group) {
        return new FiletypePredicate(Set.of(), Set.of(group), inclusive);
    }

    private static HashPredicate hash(boolean inclusive, String... hex) {
        return new HashPredicate(java.util.Arrays.stream(hex).map(ByteKey::fromHex).toList(), HashType.SHA256,
                inclusive);
    }

    private static TimePredicate time(TimeField field, Operator op, TimeValue value) {
        return new TimePredicate(field, op, value);
    }

    private static TimeValue date(int year, int month, int day) {
        return new TimeValue.CalendarDate(year, month, day, 0, 0);
    }

    private static ViewingPredicate views(ViewingMeasure measure, Set<ViewCanvas> canvases, Operator op, long value) {
        return new ViewingPredicate(measure, canvases, op, value);
    }

    static Service service(ByteKey key) {
        return DefaultServices.all().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private static FileServicePredicate fileService(ByteKey key, String name, FileServiceStatus status, boolean isIn) {
        return new FileServicePredicate(new ServiceRef(name, service(key)), status, isIn);
    }

    private static RatingPredicate favourites(RatingValue value) {
        return new RatingPredicate(new ServiceRef("favourites", service(DefaultServices.FAVOURITES)), EQUAL, value);
    }

    private static AdvancedTagPredicate advancedTag(ByteKey key, String name, boolean storage, String tag,
                                                    boolean inclusive) {
        Optional<ServiceRef> service = key == null ? Optional.empty() : Optional.of(new ServiceRef(name, service(key)));
        return new AdvancedTagPredicate(service, storage, Set.of(TagStatus.CURRENT, TagStatus.PENDING), tag, inclusive);
    }
}
