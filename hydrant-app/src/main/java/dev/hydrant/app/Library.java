package dev.hydrant.app;

import dev.hydrant.core.access.AccessControl;
import dev.hydrant.core.access.AccessKey;
import dev.hydrant.core.access.Permission;
import dev.hydrant.core.access.PermissionRequests;
import dev.hydrant.core.access.SessionRegistry;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.store.MetadataStore;
import dev.hydrant.core.tags.TagFilter;
import dev.hydrant.core.urls.UrlClassCatalog;
import dev.hydrant.core.urls.UrlNormaliser;
import dev.hydrant.store.sqlite.SqliteMetadataStore;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;

/**
 * An opened data folder and the use cases over it, shared by the server and the CLI: the store, the service
 * catalog, access keys, permission requests and URL classes. Plain constructor wiring; nothing static.
 */
public final class Library implements AutoCloseable {
    private final DataFolder folder;
    private final MetadataStore store;
    private final ServiceCatalog services;
    private final SessionRegistry sessions;
    private final AccessControl accessControl;
    private final PermissionRequests permissionRequests;
    private final UrlNormaliser urls;
    private final Clock clock;
    private final SecureRandom random;

    private Library(DataFolder folder, MetadataStore store, UrlClassCatalog urlClasses, Clock clock,
                    SecureRandom random) {
        this.folder = folder;
        this.store = store;
        this.clock = clock;
        this.random = random;
        ServiceCatalog.initialiseDefaults(store.services());
        this.services = new ServiceCatalog(store.services(), random);
        this.sessions = new SessionRegistry(clock, random);
        this.accessControl = new AccessControl(store.accessKeys(), sessions);
        this.permissionRequests = new PermissionRequests(store.permissionRequests(), store.accessKeys(), clock, random);
        this.urls = new UrlNormaliser(urlClasses);
    }

    public static Library open(DataFolder folder) throws IOException {
        return open(folder, Clock.systemUTC());
    }

    /** With an explicit clock: tests use one to move time (session expiry, permission windows). */
    public static Library open(DataFolder folder, Clock clock) throws IOException {
        folder.create();
        UrlClassCatalog urlClasses = UrlClassFiles.load(folder);
        return new Library(folder, SqliteMetadataStore.open(folder.database()), urlClasses, clock, new SecureRandom());
    }

    public DataFolder folder() {
        return folder;
    }

    public MetadataStore store() {
        return store;
    }

    public ServiceCatalog services() {
        return services;
    }

    public AccessControl accessControl() {
        return accessControl;
    }

    public PermissionRequests permissionRequests() {
        return permissionRequests;
    }

    /** URL normalisation and classification over the shipped and the user's URL classes. */
    public UrlNormaliser urls() {
        return urls;
    }

    public Clock clock() {
        return clock;
    }

    public SecureRandom random() {
        return random;
    }

    /** Creates a key; a random 32-byte one unless {@code exactKey} is given. */
    public AccessKey addAccessKey(String name, ByteKey exactKey, boolean permitsEverything, Set<Permission> permissions,
                                  TagFilter searchFilter) {
        ByteKey key = exactKey;
        if (key == null) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            key = ByteKey.of(bytes);
        }
        AccessKey accessKey = new AccessKey(name, key, permitsEverything, permissions, searchFilter);
        store.accessKeys().put(accessKey);
        return accessKey;
    }

    @Override
    public void close() {
        store.close();
    }
}
