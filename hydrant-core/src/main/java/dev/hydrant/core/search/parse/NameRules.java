package dev.hydrant.core.search.parse;

import static dev.hydrant.core.search.parse.NameMatcher.pattern;

import dev.hydrant.core.search.parse.NameMatcher.RatingValueShape;
import dev.hydrant.core.search.predicate.AdvancedTagPredicate;
import dev.hydrant.core.search.predicate.BestQualityPredicate;
import dev.hydrant.core.search.predicate.EverythingPredicate;
import dev.hydrant.core.search.predicate.FileFlag;
import dev.hydrant.core.search.predicate.FileFlagPredicate;
import dev.hydrant.core.search.predicate.FileNumber;
import dev.hydrant.core.search.predicate.FileNumberPredicate;
import dev.hydrant.core.search.predicate.InboxPredicate;
import dev.hydrant.core.search.predicate.NumberTest;
import dev.hydrant.core.search.predicate.Operator;
import dev.hydrant.core.search.predicate.SystemPredicate;
import dev.hydrant.core.search.predicate.TagCountPredicate;
import dev.hydrant.core.search.predicate.TimeField;
import dev.hydrant.core.search.predicate.UrlRule;
import dev.hydrant.core.search.predicate.ViewCanvas;
import dev.hydrant.core.search.predicate.ViewingMeasure;
import dev.hydrant.core.search.predicate.ViewingPredicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Hydrus's table of predicate names ({@code SYSTEM_PREDICATES}), in its order: the first name that
 * matches decides the family, even if the rest of the text then fails. Hydrus 682's additions
 * (xmp, iptc, software/source and human-readable metadata flags) sit beside their older kin.
 */
final class NameRules {

    /** One row: a name and how the text after it is read. */
    record Rule(NameMatcher name, Family family) {
    }

    static final List<Rule> RULES = rules();

    private NameRules() {
    }

    private static List<Rule> rules() {
        List<Rule> r = new ArrayList<>();
        r.add(flag("everything", new EverythingPredicate()));
        r.add(flag("inbox", new InboxPredicate(true)));
        r.add(flag("archived?$", new InboxPredicate(false)));
        numberFlags(r, "duration", FileNumber.DURATION);
        numberFlags(r, "framerate", FileNumber.FRAMERATE);
        numberFlags(r, "frames", FileNumber.FRAME_COUNT);
        numberFlags(r, "width", FileNumber.WIDTH);
        numberFlags(r, "height", FileNumber.HEIGHT);
        numberFlags(r, "notes", FileNumber.NOTE_COUNT);
        numberFlags(r, "urls", FileNumber.URL_COUNT);
        numberFlags(r, "words", FileNumber.WORD_COUNT);
        r.add(flag("(is the )?best quality( file)? of( its)?( duplicate)? group", new BestQualityPredicate(true)));
        r.add(flag("(((is )?not)|(isn't))( the)? best quality( file)? of( its)?( duplicate)? group",
                new BestQualityPredicate(false)));
        fileFlags(r, "audio", FileFlag.AUDIO);
        fileFlags(r, "(transparency|alpha)", FileFlag.TRANSPARENCY);
        fileFlags(r, "exif", FileFlag.EXIF);
        fileFlags(r, "xmp", FileFlag.XMP);
        fileFlags(r, "iptc", FileFlag.IPTC);
        r.add(new Rule(NameMatcher.spread("has", "embedded", "metadata"),
                Families.flag(new FileFlagPredicate(FileFlag.HUMAN_READABLE_METADATA, true))));
        r.add(new Rule(NameMatcher.spread("no", "embedded", "metadata"),
                Families.flag(new FileFlagPredicate(FileFlag.HUMAN_READABLE_METADATA, false))));
        r.add(new Rule(NameMatcher.spread("has", "human-readable", "metadata"),
                Families.flag(new FileFlagPredicate(FileFlag.HUMAN_READABLE_METADATA, true))));
        r.add(new Rule(NameMatcher.spread("no", "human-readable", "metadata"),
                Families.flag(new FileFlagPredicate(FileFlag.HUMAN_READABLE_METADATA, false))));
        fileFlags(r, "software/source metadata", FileFlag.SOFTWARE_SOURCE);
        fileFlags(r, "icc profile", FileFlag.ICC_PROFILE);
        fileFlags(r, "forced filetype", FileFlag.FORCED_FILETYPE);
        r.add(flag("has tags", new TagCountPredicate(Optional.empty(), Operator.GREATER, 0)));
        r.add(flag("untagged|no tags", new TagCountPredicate(Optional.empty(), Operator.EQUAL, 0)));
        r.add(rule("num(ber)?( of)? tags", Families::tagCount));
        r.add(rule(NameMatcher.namespaceTagCount(), Families::namespaceTagCount));
        r.add(rule("num(ber)?( of)? urls", rest -> Families.relationalNumber(rest, FileNumber.URL_COUNT)));
        r.add(rule("num(ber)?( of)? words", rest -> Families.numberTest(rest, FileNumber.WORD_COUNT)));
        r.add(rule("height", rest -> Families.dimension(rest, FileNumber.HEIGHT)));
        r.add(rule("width", rest -> Families.dimension(rest, FileNumber.WIDTH)));
        r.add(rule("file ?size", Families::fileSize));
        r.add(rule("similar to(?! data)( files)?", Families::similarFiles));
        r.add(rule("similar to data", Families::similarData));
        r.add(rule("limit", Families::limit));
        r.add(rule("file ?type", Families::filetype));
        r.add(rule("hash( \\(?(md5|sha1|sha512)\\)?)?", Families.hash()));
        r.add(rule("archived? (date|time)|(date|time) archived|archived.",
                Families.time(TimeField.ARCHIVED)));
        r.add(rule("modified (date|time)|(date|time) modified|modified",
                Families.time(TimeField.MODIFIED)));
        r.add(rule("last view(ed)? (date|time)|(date|time) last viewed|last viewed",
                Families.time(TimeField.LAST_VIEWED)));
        r.add(rule("import(ed)? (date|time)|(date|time) imported|imported",
                Families.time(TimeField.IMPORTED)));
        r.add(rule("duration", Families::duration));
        r.add(rule("framerate", Families::framerate));
        r.add(rule("num(ber)?( of)? frames", rest -> Families.numberTest(rest, FileNumber.FRAME_COUNT)));
        r.add(rule("file service", Families::fileService));
        r.add(rule("num(ber)?( of)? file relationships", Families::relationships));
        r.add(rule(pattern("ratio(?=.*\\d)"), Families::ratio));
        r.add(rule(pattern("ratio(?!.*\\d)"), Families::ratioWord));
        r.add(rule("num(ber)?( of)? pixels", Families::pixels));
        r.add(rule("media views", rest -> Families.legacyViews(rest, ViewingMeasure.VIEWS, Set.of(ViewCanvas.MEDIA))));
        r.add(rule("preview views",
                rest -> Families.legacyViews(rest, ViewingMeasure.VIEWS, Set.of(ViewCanvas.PREVIEW))));
        r.add(rule("all views", rest -> Families.legacyViews(rest, ViewingMeasure.VIEWS,
                Set.of(ViewCanvas.MEDIA, ViewCanvas.PREVIEW))));
        r.add(rule("^views (in )?", rest -> Families.views(rest, ViewingMeasure.VIEWS)));
        r.add(rule("media viewtime",
                rest -> Families.legacyViews(rest, ViewingMeasure.VIEWTIME, Set.of(ViewCanvas.MEDIA))));
        r.add(rule("preview viewtime",
                rest -> Families.legacyViews(rest, ViewingMeasure.VIEWTIME, Set.of(ViewCanvas.PREVIEW))));
        r.add(rule("all viewtime", rest -> Families.legacyViews(rest, ViewingMeasure.VIEWTIME,
                Set.of(ViewCanvas.MEDIA, ViewCanvas.PREVIEW))));
        r.add(rule("^viewtime (in )?", rest -> Families.views(rest, ViewingMeasure.VIEWTIME)));
        r.add(rule("has (a )?url matching regex", Families.url(true, UrlRule.REGEX)));
        r.add(rule("(does not|doesn't) have (a )?url matching regex",
                Families.url(false, UrlRule.REGEX)));
        r.add(rule("has url:? (?=http)", Families.url(true, UrlRule.EXACT)));
        r.add(rule("(does not|doesn't) have url:? (?=http)",
                Families.url(false, UrlRule.EXACT)));
        r.add(rule("has (an? )?(url with )?domain", Families.url(true, UrlRule.DOMAIN)));
        r.add(rule("(does not|doesn't) have (an? )?(url with )?domain",
                Families.url(false, UrlRule.DOMAIN)));
        r.add(rule("has (an? )?url with (url )?class",
                Families.url(true, UrlRule.URL_CLASS)));
        r.add(rule("(does not|doesn't) have (an? )?url with (url )?class",
                Families.url(false, UrlRule.URL_CLASS)));
        r.add(rule("tag as number", Families::tagAsNumber));
        r.add(flag("has notes?$", new FileNumberPredicate(FileNumber.NOTE_COUNT, NumberTest.present())));
        r.add(flag("((has )?no|does not have( a)?|doesn't have) notes?$",
                new FileNumberPredicate(FileNumber.NOTE_COUNT, NumberTest.absent())));
        r.add(rule("num(ber)?( of)? notes?", Families::noteCount));
        r.add(rule("(has (a )?)?note (with name|named)", Families.noteName(true)));
        r.add(rule("((has )?no|does not have( a)?|doesn't have( a)?) note (with name|named)", Families.noteName(false)));
        r.add(rule("has( a)? (rating|count)( for)?", Families.rated(true)));
        r.add(rule("((has )?no|does not have( a)?|doesn't have( a)?) (rating|count)( for)?", Families.rated(false)));
        r.add(rule(NameMatcher.ratingFor(RatingValueShape.STARS), Families::stars));
        r.add(rule(NameMatcher.ratingFor(RatingValueShape.LIKE), Families::likes));
        r.add(rule(NameMatcher.ratingFor(RatingValueShape.COUNT), Families::count));
        r.add(rule("has tag", Families.advancedTag(true)));
        r.add(rule("does not have tag", Families.advancedTag(false)));
        r.add(rule("(all|any|only).+rated", Families.ratingAdvanced()));
        return List.copyOf(r);
    }

    private static Rule rule(String hydrusPattern, Family.Simple family) {
        return new Rule(pattern(hydrusPattern), family);
    }

    private static Rule rule(NameMatcher name, Family.Simple family) {
        return new Rule(name, family);
    }

    private static Rule rule(String hydrusPattern, Family family) {
        return new Rule(pattern(hydrusPattern), family);
    }

    private static Rule flag(String hydrusPattern, SystemPredicate predicate) {
        return new Rule(pattern(hydrusPattern), Families.flag(predicate));
    }

    private static void numberFlags(List<Rule> r, String what, FileNumber number) {
        r.add(flag("has " + what, new FileNumberPredicate(number, NumberTest.present())));
        r.add(flag("no " + what, new FileNumberPredicate(number, NumberTest.absent())));
    }

    private static void fileFlags(List<Rule> r, String what, FileFlag flag) {
        r.add(flag("has " + what, new FileFlagPredicate(flag, true)));
        r.add(flag("no " + what, new FileFlagPredicate(flag, false)));
    }
}
