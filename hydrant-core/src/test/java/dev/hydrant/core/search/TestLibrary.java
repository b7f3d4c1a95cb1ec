package dev.hydrant.core.search;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.search.parse.SystemPredicateParser;
import dev.hydrant.core.search.predicate.SystemPredicate;
import dev.hydrant.core.services.DefaultServices;
import dev.hydrant.core.services.RatingOptions;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A library for parser tests: a fresh client's services plus a numerical rating service "stars", an
 * inc/dec service "Counter" (capitalised, to exercise case-insensitive lookup), a tag repository, and
 * one URL class.
 */
final class TestLibrary {

    static final Service STARS = new Service(ByteKey.ofAscii("stars"), "stars", ServiceType.LOCAL_RATING_NUMERICAL,
            RatingOptions.defaultNumerical());
    static final Service COUNTER = new Service(ByteKey.ofAscii("counter"), "Counter", ServiceType.LOCAL_RATING_INCDEC,
            RatingOptions.defaultIncDec());
    static final Service PTR = Service.plain(ByteKey.ofAscii("ptr"), "public tag repository", ServiceType.TAG_REPOSITORY);
    static final String URL_CLASS = "Safebooru File Page";

    static final ServiceDirectory DIRECTORY = directory();
    static final SystemPredicateParser PARSER = new SystemPredicateParser(RecordedPredicates.NOW);
    static final PredicateResolver RESOLVER = new PredicateResolver(DIRECTORY);

    private TestLibrary() {
    }

    /** Parses and binds {@code text} as the API would. */
    static SystemPredicate read(String text) {
        return RESOLVER.resolve(text, PARSER.parse(text));
    }

    /** {@code text} is refused with "Could not parse system predicate". */
    static void assertUnparseable(String text) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(text))
                .isInstanceOf(dev.hydrant.core.search.parse.SystemPredicateException.class)
                .hasMessage("Could not parse system predicate \"" + text + "\"!");
    }

    /** {@code text} is refused with "Problem when trying to parse this system predicate". */
    static void assertProblem(String text) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(text))
                .isInstanceOf(dev.hydrant.core.search.parse.SystemPredicateException.class)
                .hasMessage("Problem when trying to parse this system predicate: \"" + text + "\"!");
    }

    static Service service(ByteKey key) {
        return RecordedPredicates.service(key);
    }

    private static ServiceDirectory directory() {
        List<Service> services = new ArrayList<>(DefaultServices.all());
        services.add(STARS);
        services.add(COUNTER);
        services.add(PTR);
        ServiceDirectory plain = ServiceDirectory.of(services);
        return new ServiceDirectory() {
            @Override
            public Optional<Service> findService(String name, Set<ServiceType> types) {
                return plain.findService(name, types);
            }

            @Override
            public Optional<String> findUrlClass(String name) {
                return URL_CLASS.equalsIgnoreCase(name) ? Optional.of(URL_CLASS) : Optional.empty();
            }
        };
    }
}
