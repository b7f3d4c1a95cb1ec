package dev.hydrant.core.search.parse;

import dev.hydrant.core.search.predicate.RatingAdvancedPredicate;
import dev.hydrant.core.search.predicate.RatingQuantifier;
import dev.hydrant.core.search.predicate.RatingServiceSet;
import dev.hydrant.core.search.predicate.ServiceRef;
import dev.hydrant.core.services.ServiceType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * {@code (all|any|only) <services> [(amongst <services>)] (rated|not rated)}, read from the whole
 * predicate text after {@code system:}.
 */
final class RatingAdvancedText {

    /** Hydrus's short service type names ({@code service_string_lookup_short}). */
    private static final Map<String, ServiceType> SHORT_TYPE_NAMES = Map.ofEntries(
            Map.entry("tag repository", ServiceType.TAG_REPOSITORY),
            Map.entry("file repository", ServiceType.FILE_REPOSITORY),
            Map.entry("local file domain", ServiceType.LOCAL_FILE_DOMAIN),
            Map.entry("trash", ServiceType.LOCAL_FILE_TRASH_DOMAIN),
            Map.entry("local update file domain", ServiceType.LOCAL_FILE_UPDATE_DOMAIN),
            Map.entry("hydrus local file storage", ServiceType.HYDRUS_LOCAL_FILE_STORAGE),
            Map.entry("combined local file domains", ServiceType.COMBINED_LOCAL_MEDIA),
            Map.entry("hydrus message depot", ServiceType.MESSAGE_DEPOT),
            Map.entry("local tag domain", ServiceType.LOCAL_TAG),
            Map.entry("inc/dec ratings", ServiceType.LOCAL_RATING_INCDEC),
            Map.entry("numerical ratings", ServiceType.LOCAL_RATING_NUMERICAL),
            Map.entry("like/dislike ratings", ServiceType.LOCAL_RATING_LIKE),
            Map.entry("hydrus numerical rating repository", ServiceType.RATING_NUMERICAL_REPOSITORY),
            Map.entry("hydrus like/dislike rating repository", ServiceType.RATING_LIKE_REPOSITORY),
            Map.entry("all known tags", ServiceType.COMBINED_TAG),
            Map.entry("all known files", ServiceType.COMBINED_FILE),
            Map.entry("local booru", ServiceType.LOCAL_BOORU),
            Map.entry("client api", ServiceType.CLIENT_API),
            Map.entry("ipfs", ServiceType.IPFS),
            Map.entry("test service", ServiceType.TEST_SERVICE),
            Map.entry("notes", ServiceType.LOCAL_NOTES),
            Map.entry("hydrus server administration", ServiceType.SERVER_ADMIN));

    private RatingAdvancedText() {
    }

    static RatingAdvancedPredicate read(String subtagLower) {
        String w = PyText.strip(subtagLower);
        RatingQuantifier quantifier = RatingQuantifier.ALL;
        for (RatingQuantifier q : RatingQuantifier.values()) {
            String word = q.name().toLowerCase(java.util.Locale.ROOT);
            if (w.startsWith(word)) {
                w = PyText.strip(w.substring(word.length()));
                quantifier = q;
                break;
            }
        }
        boolean rated = true;
        if (w.endsWith("not rated")) {
            w = PyText.strip(w.substring(0, w.length() - "not rated".length()));
            rated = false;
        } else if (w.endsWith("rated")) {
            w = PyText.strip(w.substring(0, w.length() - "rated".length()));
        }
        RatingServiceSet secondary;
        if (quantifier == RatingQuantifier.ONLY) {
            int amongst = w.indexOf("(amongst");
            if (amongst >= 0) {
                String other = PyText.strip(w.substring(amongst + "(amongst".length()));
                w = PyText.strip(w.substring(0, amongst));
                if (other.endsWith(")")) {
                    other = PyText.strip(other.substring(0, other.length() - 1));
                }
                secondary = services(other);
            } else {
                secondary = RatingServiceSet.allLocalRatings();
            }
        } else {
            secondary = RatingServiceSet.unspecified();
        }
        RatingServiceSet primary = services(w);
        return new RatingAdvancedPredicate(quantifier, primary, secondary, rated);
    }

    /**
     * {@code rating}/{@code ratings} (every local rating service), a comma-separated list of short type
     * names (all of them must be, if one is), or a comma-separated list of service names.
     */
    private static RatingServiceSet services(String text) {
        if (text.equals("rating") || text.equals("ratings")) {
            return RatingServiceSet.allLocalRatings();
        }
        List<String> parts = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            parts.add(PyText.strip(part));
        }
        if (parts.stream().anyMatch(SHORT_TYPE_NAMES::containsKey)) {
            EnumSet<ServiceType> types = EnumSet.noneOf(ServiceType.class);
            for (String part : parts) {
                ServiceType type = SHORT_TYPE_NAMES.get(part);
                if (type == null) {
                    throw ParseFailure.unparseable("Unknown service type!");
                }
                types.add(type);
            }
            return new RatingServiceSet(types, List.of());
        }
        return new RatingServiceSet(EnumSet.noneOf(ServiceType.class),
                parts.stream().map(ServiceRef::named).toList());
    }
}
