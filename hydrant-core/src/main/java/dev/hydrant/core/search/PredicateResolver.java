package dev.hydrant.core.search;

import dev.hydrant.core.search.parse.SystemPredicateException;
import dev.hydrant.core.search.parse.SystemPredicateException.Kind;
import dev.hydrant.core.search.predicate.AdvancedTagPredicate;
import dev.hydrant.core.search.predicate.FileServicePredicate;
import dev.hydrant.core.search.predicate.Operator;
import dev.hydrant.core.search.predicate.RatingAdvancedPredicate;
import dev.hydrant.core.search.predicate.RatingPredicate;
import dev.hydrant.core.search.predicate.RatingServiceSet;
import dev.hydrant.core.search.predicate.RatingValue;
import dev.hydrant.core.search.predicate.ServiceRef;
import dev.hydrant.core.search.predicate.SystemPredicate;
import dev.hydrant.core.search.predicate.UrlPredicate;
import dev.hydrant.core.search.predicate.UrlRule;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Binds the names in a parsed predicate to the library's services and URL classes, as hydrus's
 * predicate generators do, and refuses names that name nothing with hydrus's 400 text: "Problem when
 * trying to parse this system predicate" for file services, rating services and tag services;
 * "Could not parse system predicate" for the services of {@code system:(all|any|only) ... rated} and
 * for URL classes.
 */
public final class PredicateResolver {

    /** Hydrus's {@code REAL_FILE_SERVICES}: where {@code system:file service} looks names up. */
    public static final Set<ServiceType> FILE_SERVICE_TYPES = EnumSet.of(ServiceType.LOCAL_FILE_DOMAIN,
            ServiceType.LOCAL_FILE_UPDATE_DOMAIN, ServiceType.LOCAL_FILE_TRASH_DOMAIN,
            ServiceType.HYDRUS_LOCAL_FILE_STORAGE, ServiceType.COMBINED_LOCAL_MEDIA, ServiceType.COMBINED_DELETED_FILE,
            ServiceType.FILE_REPOSITORY, ServiceType.IPFS);
    /** Hydrus's {@code RATINGS_SERVICES}: local ratings and rating repositories. */
    public static final Set<ServiceType> RATING_TYPES = EnumSet.of(ServiceType.LOCAL_RATING_LIKE,
            ServiceType.LOCAL_RATING_NUMERICAL, ServiceType.LOCAL_RATING_INCDEC, ServiceType.RATING_LIKE_REPOSITORY,
            ServiceType.RATING_NUMERICAL_REPOSITORY);
    /** Hydrus's {@code ALL_TAG_SERVICES}. */
    public static final Set<ServiceType> TAG_TYPES = EnumSet.of(ServiceType.LOCAL_TAG, ServiceType.TAG_REPOSITORY,
            ServiceType.COMBINED_TAG);

    private final ServiceDirectory directory;

    public PredicateResolver(ServiceDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /**
     * {@code predicate} with its names bound.
     *
     * @param text the predicate's text as the client sent it, quoted in the error
     * @throws SystemPredicateException when a name names nothing
     */
    public SystemPredicate resolve(String text, SystemPredicate predicate) {
        return switch (predicate) {
            case FileServicePredicate p -> new FileServicePredicate(
                    bind(text, p.service(), FILE_SERVICE_TYPES, Kind.PROBLEM), p.status(), p.isIn());
            case RatingPredicate p -> rating(text, p);
            case AdvancedTagPredicate p -> new AdvancedTagPredicate(
                    p.service().map(ref -> bind(text, ref, TAG_TYPES, Kind.PROBLEM)), p.storageTags(), p.statuses(),
                    p.tag(), p.inclusive());
            case RatingAdvancedPredicate p -> new RatingAdvancedPredicate(p.quantifier(),
                    ratingSet(text, p.primary()), ratingSet(text, p.secondary()), p.rated());
            case UrlPredicate p when p.rule() == UrlRule.URL_CLASS -> new UrlPredicate(p.include(), p.rule(),
                    directory.findUrlClass(p.value()).orElseThrow(() -> new SystemPredicateException(
                            Kind.UNPARSEABLE, text, "Did not find URL Class called \"" + p.value() + "\"!")));
            case UrlPredicate p when p.rule() == UrlRule.REGEX -> checkedRegex(text, p);
            default -> predicate;
        };
    }

    /** A URL regex must compile (Python syntax); hydrus would fail the search, Hydrant refuses the predicate. */
    private static UrlPredicate checkedRegex(String text, UrlPredicate p) {
        try {
            dev.hydrant.core.urls.PythonRegex.compile(p.value());
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new SystemPredicateException(Kind.PROBLEM, text, "invalid regex: " + e.getDescription());
        }
        return p;
    }

    /** Inc/dec services count: "rated" is a count above 0, "not rated" a count of 0. */
    private SystemPredicate rating(String text, RatingPredicate p) {
        ServiceRef ref = bind(text, p.service(), RATING_TYPES, Kind.PROBLEM);
        if (ref.service().type() == ServiceType.LOCAL_RATING_INCDEC) {
            if (p.value() instanceof RatingValue.Rated) {
                return new RatingPredicate(ref, Operator.GREATER, new RatingValue.Count(0));
            }
            if (p.value() instanceof RatingValue.NotRated) {
                return new RatingPredicate(ref, Operator.EQUAL, new RatingValue.Count(0));
            }
        }
        return new RatingPredicate(ref, p.operator(), p.value());
    }

    private RatingServiceSet ratingSet(String text, RatingServiceSet set) {
        List<ServiceRef> bound = new ArrayList<>();
        for (ServiceRef ref : set.services()) {
            bound.add(bind(text, ref, ServiceType.RATING_SERVICES, Kind.UNPARSEABLE));
        }
        return new RatingServiceSet(set.types(), bound);
    }

    private ServiceRef bind(String text, ServiceRef ref, Set<ServiceType> types, Kind failure) {
        if (ref.isBound()) {
            return ref;
        }
        Optional<Service> found = directory.findService(ref.name(), types);
        return ref.bind(found.orElseThrow(() -> new SystemPredicateException(failure, text,
                "Could not find the service \"" + ref.name() + "\"!")));
    }
}
