package dev.hydrant.store.sqlite;

import dev.hydrant.core.access.AccessKeyStore;
import dev.hydrant.core.access.PermissionRequestStore;
import dev.hydrant.core.files.FileRecordStore;
import dev.hydrant.core.ratings.RatingStore;
import dev.hydrant.core.files.storage.StorageLocationStore;
import dev.hydrant.core.options.OptionStore;
import dev.hydrant.core.services.ServiceStore;
import dev.hydrant.core.network.CookieStore;
import dev.hydrant.core.network.HeaderStore;
import dev.hydrant.core.notes.NoteStore;
import dev.hydrant.core.store.MetadataStore;
import dev.hydrant.core.tags.FavouriteTagStore;
import dev.hydrant.core.tags.TagMappingStore;
import dev.hydrant.core.tags.TagRelationStore;
import dev.hydrant.core.urls.known.UrlMappingStore;

import java.nio.file.Path;

/** The embedded default store: one SQLite database file ({@code hydrant.db}) in the data folder. */
public final class SqliteMetadataStore implements MetadataStore {
    private final SqliteDatabase db;
    private final AccessKeyStore accessKeys;
    private final ServiceStore services;
    private final PermissionRequestStore permissionRequests;
    private final FavouriteTagStore favouriteTags;
    private final CookieStore cookies;
    private final HeaderStore headers;
    private final FileRecordStore files;
    private final TagMappingStore tagMappings;
    private final TagRelationStore tagRelations;
    private final NoteStore notes;
    private final RatingStore ratings;
    private final UrlMappingStore urlMappings;
    private final StorageLocationStore storageLocations;
    private final OptionStore options;

    private SqliteMetadataStore(SqliteDatabase db, Path dataFolder) {
        this.db = db;
        JsonColumns json = new JsonColumns();
        this.accessKeys = new SqliteAccessKeyStore(db, json);
        this.services = new SqliteServiceStore(db, json);
        this.permissionRequests = new SqlitePermissionRequestStore(db, json);
        this.favouriteTags = new SqliteFavouriteTagStore(db);
        this.cookies = new SqliteCookieStore(db);
        this.headers = new SqliteHeaderStore(db);
        this.files = new SqliteFileRecordStore(db);
        this.tagMappings = new SqliteTagMappingStore(db);
        this.tagRelations = new SqliteTagRelationStore(db);
        this.notes = new SqliteNoteStore(db);
        this.ratings = new SqliteRatingStore(db);
        this.urlMappings = new SqliteUrlMappingStore(db);
        this.storageLocations = new SqliteStorageLocationStore(db, dataFolder);
        this.options = new SqliteOptionStore(db);
    }

    /** The database file's folder is the data folder (storage paths inside it are stored relative to it). */
    public static SqliteMetadataStore open(Path databaseFile) {
        Path file = databaseFile.toAbsolutePath().normalize();
        return new SqliteMetadataStore(SqliteDatabase.open(file, 4), file.getParent());
    }

    @Override
    public AccessKeyStore accessKeys() {
        return accessKeys;
    }

    @Override
    public ServiceStore services() {
        return services;
    }

    @Override
    public PermissionRequestStore permissionRequests() {
        return permissionRequests;
    }

    @Override
    public FavouriteTagStore favouriteTags() {
        return favouriteTags;
    }

    @Override
    public CookieStore cookies() {
        return cookies;
    }

    @Override
    public HeaderStore headers() {
        return headers;
    }

    @Override
    public FileRecordStore files() {
        return files;
    }

    @Override
    public TagMappingStore tagMappings() {
        return tagMappings;
    }

    @Override
    public TagRelationStore tagRelations() {
        return tagRelations;
    }

    @Override
    public NoteStore notes() {
        return notes;
    }

    public RatingStore ratings() {
        return ratings;
    }

    public UrlMappingStore urlMappings() {
        return urlMappings;
    }

    public StorageLocationStore storageLocations() {
        return storageLocations;
    }

    @Override
    public OptionStore options() {
        return options;
    }

    @Override
    public void checkpoint() {
        db.checkpoint();
    }

    @Override
    public void close() {
        db.close();
    }
}
