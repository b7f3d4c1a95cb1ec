package dev.hydrant.core.store;

import dev.hydrant.core.access.AccessKeyStore;
import dev.hydrant.core.access.PermissionRequestStore;
import dev.hydrant.core.network.CookieStore;
import dev.hydrant.core.network.HeaderStore;
import dev.hydrant.core.notes.NoteStore;
import dev.hydrant.core.files.FileRecordStore;
import dev.hydrant.core.ratings.RatingStore;
import dev.hydrant.core.files.storage.StorageLocationStore;
import dev.hydrant.core.options.OptionStore;
import dev.hydrant.core.services.ServiceStore;
import dev.hydrant.core.tags.FavouriteTagStore;
import dev.hydrant.core.tags.TagMappingStore;
import dev.hydrant.core.tags.TagRelationStore;
import dev.hydrant.core.urls.known.UrlMappingStore;

/**
 * The source of truth for everything but file bytes. SQLite by default; any implementation (PostgreSQL) must
 * behave identically. Each part is a narrow port owned by the use case that needs it.
 */
public interface MetadataStore extends AutoCloseable {
    AccessKeyStore accessKeys();

    ServiceStore services();

    PermissionRequestStore permissionRequests();

    FavouriteTagStore favouriteTags();

    CookieStore cookies();

    HeaderStore headers();

    FileRecordStore files();

    TagMappingStore tagMappings();

    TagRelationStore tagRelations();

    NoteStore notes();
    RatingStore ratings();
    /** The known URLs of files. */
    UrlMappingStore urlMappings();
    /** Where client files live: storage locations, prefix assignments, moves in progress. */
    StorageLocationStore storageLocations();

    /** Server options set with {@code hydrant options} (delete lock, file import options). */
    OptionStore options();

    /** Makes everything committed so far durable in the main database files (hydrus's {@code force_commit}). */
    void checkpoint();

    @Override
    void close();
}
