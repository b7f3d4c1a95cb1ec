package dev.hydrant.core.services;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Hydrus's service types, with their numbers and {@code type_pretty} strings. */
public enum ServiceType {
    TAG_REPOSITORY(0, "hydrus tag repository"),
    FILE_REPOSITORY(1, "hydrus file repository"),
    LOCAL_FILE_DOMAIN(2, "local file domain"),
    MESSAGE_DEPOT(3, "message depot"),
    LOCAL_TAG(5, "local tag domain"),
    LOCAL_RATING_NUMERICAL(6, "local numerical rating service"),
    LOCAL_RATING_LIKE(7, "local like/dislike rating service"),
    RATING_NUMERICAL_REPOSITORY(8, "numerical rating repository"),
    RATING_LIKE_REPOSITORY(9, "like/dislike rating repository"),
    COMBINED_TAG(10, "virtual combined tag domain"),
    COMBINED_FILE(11, "virtual combined file domain"),
    LOCAL_BOORU(12, "client local booru"),
    IPFS(13, "ipfs daemon"),
    LOCAL_FILE_TRASH_DOMAIN(14, "local trash file domain"),
    HYDRUS_LOCAL_FILE_STORAGE(15, "virtual combined local file domain"),
    TEST_SERVICE(16, "test service"),
    LOCAL_NOTES(17, "local file notes service"),
    CLIENT_API(18, "client api"),
    COMBINED_DELETED_FILE(19, "virtual deleted file service"),
    LOCAL_FILE_UPDATE_DOMAIN(20, "local update file domain"),
    COMBINED_LOCAL_MEDIA(21, "virtual combined local media domain"),
    LOCAL_RATING_INCDEC(22, "local inc/dec rating service"),
    SERVER_ADMIN(99, "hydrus server administration service"),
    NULL_SERVICE(100, "null service");

    /** Types that can be a file domain in {@code file_service_key(s)} arguments. */
    public static final Set<ServiceType> FILE_SERVICES = EnumSet.of(FILE_REPOSITORY, LOCAL_FILE_DOMAIN,
            COMBINED_FILE, IPFS, LOCAL_FILE_TRASH_DOMAIN, HYDRUS_LOCAL_FILE_STORAGE, COMBINED_DELETED_FILE,
            LOCAL_FILE_UPDATE_DOMAIN, COMBINED_LOCAL_MEDIA);
    /** Hydrus's {@code REAL_FILE_SERVICES}: file services whose files have import and deletion times. */
    public static final Set<ServiceType> REAL_FILE_SERVICES = EnumSet.of(FILE_REPOSITORY, LOCAL_FILE_DOMAIN, IPFS,
            LOCAL_FILE_TRASH_DOMAIN, HYDRUS_LOCAL_FILE_STORAGE, COMBINED_DELETED_FILE, LOCAL_FILE_UPDATE_DOMAIN,
            COMBINED_LOCAL_MEDIA);
    public static final Set<ServiceType> TAG_SERVICES = EnumSet.of(TAG_REPOSITORY, LOCAL_TAG, COMBINED_TAG);
    public static final Set<ServiceType> REAL_TAG_SERVICES = EnumSet.of(TAG_REPOSITORY, LOCAL_TAG);
    public static final Set<ServiceType> RATING_SERVICES = EnumSet.of(LOCAL_RATING_LIKE, LOCAL_RATING_NUMERICAL,
            LOCAL_RATING_INCDEC);
    public static final Set<ServiceType> STAR_RATING_SERVICES = EnumSet.of(LOCAL_RATING_LIKE, LOCAL_RATING_NUMERICAL);
    public static final Set<ServiceType> REPOSITORIES = EnumSet.of(TAG_REPOSITORY, FILE_REPOSITORY);

    private final int number;
    private final String pretty;

    ServiceType(int number, String pretty) {
        this.number = number;
        this.pretty = pretty;
    }

    public int number() {
        return number;
    }

    public String pretty() {
        return pretty;
    }

    public static Optional<ServiceType> byNumber(int number) {
        for (ServiceType t : values()) {
            if (t.number == number) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
