package dev.hydrant.core.search;

import static dev.hydrant.core.search.TestLibrary.COUNTER;
import static dev.hydrant.core.search.TestLibrary.PARSER;
import static dev.hydrant.core.search.TestLibrary.PTR;
import static dev.hydrant.core.search.TestLibrary.STARS;
import static dev.hydrant.core.search.TestLibrary.assertProblem;
import static dev.hydrant.core.search.TestLibrary.assertUnparseable;
import static dev.hydrant.core.search.TestLibrary.read;
import static dev.hydrant.core.search.TestLibrary.service;
import static dev.hydrant.core.search.predicate.Operator.APPROX;
import static dev.hydrant.core.search.predicate.Operator.EQUAL;
import static dev.hydrant.core.search.predicate.Operator.GREATER;
import static dev.hydrant.core.search.predicate.Operator.GREATER_OR_EQUAL;
import static dev.hydrant.core.search.predicate.Operator.LESS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hydrant.core.search.predicate.AdvancedTagPredicate;
import dev.hydrant.core.search.predicate.FileServicePredicate;
import dev.hydrant.core.search.predicate.FileServiceStatus;
import dev.hydrant.core.search.predicate.NoteNamePredicate;
import dev.hydrant.core.search.predicate.RatingAdvancedPredicate;
import dev.hydrant.core.search.predicate.RatingPredicate;
import dev.hydrant.core.search.predicate.RatingQuantifier;
import dev.hydrant.core.search.predicate.RatingServiceSet;
import dev.hydrant.core.search.predicate.RatingValue;
import dev.hydrant.core.search.predicate.ServiceRef;
import dev.hydrant.core.search.predicate.TagAsNumberPredicate;
import dev.hydrant.core.search.predicate.TagStatus;
import dev.hydrant.core.search.predicate.UrlPredicate;
import dev.hydrant.core.search.predicate.UrlRule;
import dev.hydrant.core.services.DefaultServices;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Predicates that name things: services, ratings, tags, URLs, notes. */
class NamedPredicatesTest {

    private static ServiceRef ref(String name, Service service) {
        return new ServiceRef(name, service);
    }

    @Nested
    class Services {

        @Test
        void theParserLeavesNamesUnbound() {
            assertThat(PARSER.parse("system:file service currently in No Such Domain")).isEqualTo(
                    new FileServicePredicate(ServiceRef.named("no such domain"), FileServiceStatus.CURRENT, true));
        }

        @Test
        void fileServices() {
            Service trash = service(DefaultServices.TRASH);
            assertThat(read("system:file service isn't currently in trash"))
                    .isEqualTo(new FileServicePredicate(ref("trash", trash), FileServiceStatus.CURRENT, false));
            assertThat(read("system:file service not pending to trash"))
                    .isEqualTo(new FileServicePredicate(ref("trash", trash), FileServiceStatus.PENDING, false));
            assertThat(read("system:file service is currently in combined local file domains")).isEqualTo(
                    new FileServicePredicate(ref("combined local file domains",
                            service(DefaultServices.COMBINED_LOCAL_FILE_DOMAINS)), FileServiceStatus.CURRENT, true));
            // names are looked up among file services only
            assertProblem("system:file service currently in my tags");
            assertProblem("system:file service currently in all known files");
            assertProblem("system:file service currently in");
            assertUnparseable("system:file service deleted from trash");
        }

        @Test
        void namesAreMatchedIgnoringCase() {
            assertThat(read("system:has a count for counter")).isEqualTo(
                    new RatingPredicate(ref("counter", COUNTER), GREATER, new RatingValue.Count(0)));
        }
    }

    @Nested
    class Ratings {

        @Test
        void likeDislike() {
            Service favourites = service(DefaultServices.FAVOURITES);
            assertThat(read("system:rating for favourites like"))
                    .isEqualTo(new RatingPredicate(ref("favourites", favourites), EQUAL, new RatingValue.Like()));
            assertThat(read("system:count favourites != dislike"))
                    .isEqualTo(new RatingPredicate(ref("favourites", favourites), EQUAL, new RatingValue.Dislike()));
            assertThat(read("system:no rating for favourites"))
                    .isEqualTo(new RatingPredicate(ref("favourites", favourites), EQUAL, new RatingValue.NotRated()));
            assertThat(read("system:has rating favourites"))
                    .isEqualTo(new RatingPredicate(ref("favourites", favourites), EQUAL, new RatingValue.Rated()));
        }

        @Test
        void numerical() {
            assertThat(read("system:rating for stars > 3/5"))
                    .isEqualTo(new RatingPredicate(ref("stars", STARS), GREATER, new RatingValue.Stars(3, 5)));
            assertThat(read("system:rating for stars = 0/5"))
                    .isEqualTo(new RatingPredicate(ref("stars", STARS), EQUAL, new RatingValue.Stars(0, 5)));
            assertThat(read("system:rating for stars about 2/5"))
                    .isEqualTo(new RatingPredicate(ref("stars", STARS), APPROX, new RatingValue.Stars(2, 5)));
            assertThat(read("system:rating for stars>=4/5"))
                    .isEqualTo(new RatingPredicate(ref("stars", STARS), GREATER_OR_EQUAL, new RatingValue.Stars(4, 5)));
            assertUnparseable("system:rating for stars > 6/5");
            assertUnparseable("system:rating for stars is not 3/5");
            assertUnparseable("system:rating for stars \u2260 3/5");
            assertUnparseable("system:rating for stars 3/5");
            assertProblem("system:rating for nothing like this > 3/5");
        }

        @Test
        void incDec() {
            assertThat(read("system:count for counter > 12"))
                    .isEqualTo(new RatingPredicate(ref("counter", COUNTER), GREATER, new RatingValue.Count(12)));
            assertThat(read("system:rating for counter less than 3"))
                    .isEqualTo(new RatingPredicate(ref("counter", COUNTER), LESS, new RatingValue.Count(3)));
            assertThat(read("system:no count for counter"))
                    .isEqualTo(new RatingPredicate(ref("counter", COUNTER), EQUAL, new RatingValue.Count(0)));
            assertUnparseable("system:count for counter != 3");
            assertUnparseable("system:count for counter 3");
        }

        @Test
        void unknownRatingServicesAreProblems() {
            assertProblem("system:rating for nosuchservice is like");
            assertProblem("system:has a rating for my tags");
            assertProblem("system:has a rating for");
        }

        @Test
        void advanced() {
            assertThat(read("system:all ratings rated")).isEqualTo(new RatingAdvancedPredicate(RatingQuantifier.ALL,
                    RatingServiceSet.allLocalRatings(), RatingServiceSet.unspecified(), true));
            assertThat(read("system:any like/dislike ratings, numerical ratings not rated")).isEqualTo(
                    new RatingAdvancedPredicate(RatingQuantifier.ANY,
                            new RatingServiceSet(Set.of(ServiceType.LOCAL_RATING_LIKE, ServiceType.LOCAL_RATING_NUMERICAL),
                                    List.of()),
                            RatingServiceSet.unspecified(), false));
            assertThat(read("system:only favourites, stars rated")).isEqualTo(new RatingAdvancedPredicate(
                    RatingQuantifier.ONLY,
                    new RatingServiceSet(Set.of(), List.of(ref("favourites", service(DefaultServices.FAVOURITES)),
                            ref("stars", STARS))),
                    RatingServiceSet.allLocalRatings(), true));
            assertThat(read("system:only stars (amongst inc/dec ratings, numerical ratings) not rated")).isEqualTo(
                    new RatingAdvancedPredicate(RatingQuantifier.ONLY,
                            new RatingServiceSet(Set.of(), List.of(ref("stars", STARS))),
                            new RatingServiceSet(Set.of(ServiceType.LOCAL_RATING_INCDEC,
                                    ServiceType.LOCAL_RATING_NUMERICAL), List.of()), false));
            // unknown names and mixed lists are parse errors here, not problems
            assertUnparseable("system:all nosuchservice rated");
            assertUnparseable("system:any stars, numerical ratings rated");
            assertUnparseable("system:all rated");
        }
    }

    @Nested
    class Tags {

        @Test
        void advancedTagOptions() {
            assertThat(read("system:has tag in \"public tag repository\", with status in deleted, petitioned: \"x:y\""))
                    .isEqualTo(new AdvancedTagPredicate(Optional.of(ref("public tag repository", PTR)), false,
                            Set.of(TagStatus.DELETED, TagStatus.PETITIONED), "x:y", true));
            assertThat(read("system:has tag in \"all known tags\", ignoring siblings: \"a: b\"")).isEqualTo(
                    new AdvancedTagPredicate(Optional.of(ref("all known tags", service(DefaultServices.ALL_KNOWN_TAGS))),
                            true, Set.of(TagStatus.CURRENT, TagStatus.PENDING), "a:b", true));
            // no quotes: the rest is the tag; an empty tag is hydrus's literal "invalid tag"
            assertThat(read("system:has tag: Photo ")).isEqualTo(new AdvancedTagPredicate(Optional.empty(), false,
                    Set.of(TagStatus.CURRENT, TagStatus.PENDING), "photo", true));
            assertThat(read("system:does not have tag: \"   \"")).isEqualTo(new AdvancedTagPredicate(Optional.empty(),
                    false, Set.of(TagStatus.CURRENT, TagStatus.PENDING), "invalid tag", false));
            // a comma outside quotes but no colon: hydrus raises a plain exception
            assertProblem("system:has tag \"x\", y");
            assertProblem("system:has tag in \"my files\": \"x\"");
        }

        @Test
        void tagAsNumber() {
            assertThat(read("system:tag as number page < 5"))
                    .isEqualTo(new TagAsNumberPredicate(Optional.of("page"), LESS, 5));
            assertThat(read("system:tag as number any namespace > -3"))
                    .isEqualTo(new TagAsNumberPredicate(Optional.empty(), GREATER, -3));
            assertThat(read("system:tag as number unnamespaced ~= 1,000"))
                    .isEqualTo(new TagAsNumberPredicate(Optional.of(""), APPROX, 1000));
            // every other operator becomes ≈
            assertThat(read("system:tag as number page = 5"))
                    .isEqualTo(new TagAsNumberPredicate(Optional.of("page"), APPROX, 5));
            assertThat(read("system:tag as number page is not 5"))
                    .isEqualTo(new TagAsNumberPredicate(Optional.of("page"), APPROX, 5));
            assertThat(read("system:tag as number page less than or equal to 5"))
                    .isEqualTo(new TagAsNumberPredicate(Optional.of("page"), APPROX, 5));
            // the namespace is as long as possible: "is" joins it when "about" can be the operator
            assertThat(read("system:tag as number page is about 5"))
                    .isEqualTo(new TagAsNumberPredicate(Optional.of("page is"), APPROX, 5));
            assertThat(read("system:tag as number book volume > 2"))
                    .isEqualTo(new TagAsNumberPredicate(Optional.of("book volume"), GREATER, 2));
            assertUnparseable("system:tag as number page");
            assertUnparseable("system:tag as number < 5");
            assertUnparseable("system:tag as number page < five");
        }
    }

    @Nested
    class UrlsAndNotes {

        @Test
        void urlValuesAreLowerCased() {
            assertThat(read("system:has url matching regex https://EXAMPLE\\.com/.*"))
                    .isEqualTo(new UrlPredicate(true, UrlRule.REGEX, "https://example\\.com/.*"));
            assertThat(read("system:has a url matching regex  [a-z]+ "))
                    .isEqualTo(new UrlPredicate(true, UrlRule.REGEX, "[a-z]+"));
            assertThat(read("system:doesn't have url: http://x.org/"))
                    .isEqualTo(new UrlPredicate(false, UrlRule.EXACT, "http://x.org/"));
            assertThat(read("system:has a url with domain Example.COM"))
                    .isEqualTo(new UrlPredicate(true, UrlRule.DOMAIN, "example.com"));
            assertThat(read("system:has an domain x.org")).isEqualTo(new UrlPredicate(true, UrlRule.DOMAIN, "x.org"));
        }

        @Test
        void urlClassesBindToTheirOwnName() {
            assertThat(read("system:has a url with class safebooru file page"))
                    .isEqualTo(new UrlPredicate(true, UrlRule.URL_CLASS, TestLibrary.URL_CLASS));
            assertThat(read("system:doesn't have an url with url class SAFEBOORU FILE PAGE"))
                    .isEqualTo(new UrlPredicate(false, UrlRule.URL_CLASS, TestLibrary.URL_CLASS));
            assertUnparseable("system:has a url with class danbooru file page");
        }

        @Test
        void noteNames() {
            assertThat(read("system:has note with name 'My Note'")).isEqualTo(new NoteNamePredicate(true, "my note"));
            assertThat(read("system:has a note named \"a\"")).isEqualTo(new NoteNamePredicate(true, "a"));
            assertThat(read("system:note named x")).isEqualTo(new NoteNamePredicate(true, "x"));
            assertThat(read("system:doesn't have a note with name \"\"")).isEqualTo(new NoteNamePredicate(false, "\"\""));
            assertThat(read("system:does not have a note named \"x'")).isEqualTo(new NoteNamePredicate(false, "\"x'"));
        }
    }
}
