package dev.hydrant.core.services;

import dev.hydrant.core.ByteKey;

import java.util.List;

/** The services of a fresh hydrus client ({@code ClientDB._CreateDB}), with hydrus's exact keys and names. */
public final class DefaultServices {
    public static final ByteKey MY_TAGS = ByteKey.ofAscii("local tags");
    public static final ByteKey DOWNLOADER_TAGS = ByteKey.ofAscii("downloader tags");
    public static final ByteKey MY_FILES = ByteKey.ofAscii("local files");
    public static final ByteKey REPOSITORY_UPDATES = ByteKey.ofAscii("repository updates");
    public static final ByteKey TRASH = ByteKey.ofAscii("trash");
    public static final ByteKey HYDRUS_LOCAL_FILE_STORAGE = ByteKey.ofAscii("all local files");
    public static final ByteKey COMBINED_LOCAL_FILE_DOMAINS = ByteKey.ofAscii("all local media");
    public static final ByteKey ALL_KNOWN_FILES = ByteKey.ofAscii("all known files");
    public static final ByteKey ALL_KNOWN_TAGS = ByteKey.ofAscii("all known tags");
    public static final ByteKey FAVOURITES = ByteKey.ofAscii("favourites");
    public static final ByteKey DELETED_FROM_ANYWHERE = ByteKey.ofAscii("all deleted files");
    public static final ByteKey LOCAL_NOTES = ByteKey.ofAscii("local notes");
    public static final ByteKey CLIENT_API = ByteKey.ofAscii("client api");

    private DefaultServices() {
    }

    public static List<Service> all() {
        return List.of(
                Service.plain(MY_TAGS, "my tags", ServiceType.LOCAL_TAG),
                Service.plain(DOWNLOADER_TAGS, "downloader tags", ServiceType.LOCAL_TAG),
                Service.plain(MY_FILES, "my files", ServiceType.LOCAL_FILE_DOMAIN),
                Service.plain(REPOSITORY_UPDATES, "repository updates", ServiceType.LOCAL_FILE_UPDATE_DOMAIN),
                Service.plain(TRASH, "trash", ServiceType.LOCAL_FILE_TRASH_DOMAIN),
                Service.plain(HYDRUS_LOCAL_FILE_STORAGE, "hydrus local file storage",
                        ServiceType.HYDRUS_LOCAL_FILE_STORAGE),
                Service.plain(COMBINED_LOCAL_FILE_DOMAINS, "combined local file domains",
                        ServiceType.COMBINED_LOCAL_MEDIA),
                Service.plain(ALL_KNOWN_FILES, "all known files", ServiceType.COMBINED_FILE),
                Service.plain(ALL_KNOWN_TAGS, "all known tags", ServiceType.COMBINED_TAG),
                new Service(FAVOURITES, "favourites", ServiceType.LOCAL_RATING_LIKE, RatingOptions.favourites()),
                Service.plain(DELETED_FROM_ANYWHERE, "deleted from anywhere", ServiceType.COMBINED_DELETED_FILE),
                Service.plain(LOCAL_NOTES, "local notes", ServiceType.LOCAL_NOTES),
                Service.plain(CLIENT_API, "client api", ServiceType.CLIENT_API));
    }
}
