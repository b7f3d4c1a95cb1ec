package dev.hydrant.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.search.parse.SystemPredicateException;
import dev.hydrant.core.search.predicate.FileServicePredicate;
import dev.hydrant.core.search.predicate.FileServiceStatus;
import dev.hydrant.core.search.predicate.InboxPredicate;
import dev.hydrant.core.search.predicate.ServiceRef;
import dev.hydrant.core.services.RatingOptions;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PredicateResolverTest {

    private static final Service LOWER = Service.plain(ByteKey.ofAscii("a"), "archive box", ServiceType.LOCAL_FILE_DOMAIN);
    private static final Service UPPER = Service.plain(ByteKey.ofAscii("b"), "Archive Box", ServiceType.LOCAL_FILE_DOMAIN);
    private static final Service RATING = new Service(ByteKey.ofAscii("c"), "Archive Box", ServiceType.LOCAL_RATING_LIKE,
            RatingOptions.defaultLikeDislike());

    @Test
    void exactNamesWinOverCaseInsensitiveOnesAndTypesFilter() {
        ServiceDirectory directory = ServiceDirectory.of(List.of(RATING, UPPER, LOWER));
        assertThat(directory.findService("archive box", Set.of(ServiceType.LOCAL_FILE_DOMAIN))).contains(LOWER);
        assertThat(directory.findService("Archive Box", Set.of(ServiceType.LOCAL_FILE_DOMAIN))).contains(UPPER);
        assertThat(directory.findService("ARCHIVE BOX", Set.of(ServiceType.LOCAL_FILE_DOMAIN))).contains(UPPER);
        assertThat(directory.findService("archive box", Set.of(ServiceType.LOCAL_RATING_LIKE))).contains(RATING);
        assertThat(directory.findService("archive box", Set.of(ServiceType.LOCAL_TAG))).isEmpty();
        assertThat(directory.findUrlClass("anything")).isEmpty();
    }

    @Test
    void bindsOnlyWhatHasNames() {
        PredicateResolver resolver = new PredicateResolver(ServiceDirectory.of(List.of(UPPER)));
        assertThat(resolver.resolve("t", new InboxPredicate(true))).isEqualTo(new InboxPredicate(true));
        FileServicePredicate unbound = new FileServicePredicate(ServiceRef.named("archive box"),
                FileServiceStatus.CURRENT, true);
        FileServicePredicate bound = (FileServicePredicate) resolver.resolve("t", unbound);
        assertThat(bound.service()).isEqualTo(new ServiceRef("archive box", UPPER));
        assertThat(resolver.resolve("t", bound)).isEqualTo(bound);
        assertThatThrownBy(() -> new PredicateResolver(ServiceDirectory.of(List.of())).resolve("the text", unbound))
                .isInstanceOfSatisfying(SystemPredicateException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SystemPredicateException.Kind.PROBLEM);
                    assertThat(e.getMessage())
                            .isEqualTo("Problem when trying to parse this system predicate: \"the text\"!");
                    assertThat(e.detail()).isEqualTo("Could not find the service \"archive box\"!");
                });
    }
}
