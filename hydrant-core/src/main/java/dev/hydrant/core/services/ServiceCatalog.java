package dev.hydrant.core.services;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every service of this database, read from the {@link ServiceStore} once and kept in memory (services are few
 * and read on almost every request). All changes go through here so the memory copy stays current.
 */
public final class ServiceCatalog {
    /** The order hydrus lists service types in {@code /get_services} and every services object. */
    public static final List<ServiceType> API_ORDER = List.of(ServiceType.LOCAL_TAG, ServiceType.TAG_REPOSITORY,
            ServiceType.LOCAL_FILE_DOMAIN, ServiceType.LOCAL_FILE_UPDATE_DOMAIN, ServiceType.FILE_REPOSITORY,
            ServiceType.HYDRUS_LOCAL_FILE_STORAGE, ServiceType.COMBINED_LOCAL_MEDIA, ServiceType.COMBINED_FILE,
            ServiceType.COMBINED_TAG, ServiceType.LOCAL_RATING_LIKE, ServiceType.LOCAL_RATING_NUMERICAL,
            ServiceType.LOCAL_RATING_INCDEC, ServiceType.LOCAL_FILE_TRASH_DOMAIN);

    /** Types a user may create, rename and delete. */
    public static final Set<ServiceType> USER_MANAGED = EnumSet.of(ServiceType.LOCAL_TAG,
            ServiceType.LOCAL_FILE_DOMAIN, ServiceType.LOCAL_RATING_LIKE, ServiceType.LOCAL_RATING_NUMERICAL,
            ServiceType.LOCAL_RATING_INCDEC, ServiceType.TAG_REPOSITORY, ServiceType.FILE_REPOSITORY);

    private final ServiceStore store;
    private final SecureRandom random;
    private volatile List<Service> services;

    public ServiceCatalog(ServiceStore store, SecureRandom random) {
        this.store = store;
        this.random = random;
        this.services = List.copyOf(store.all());
    }

    /** Writes hydrus's default services into an empty store. */
    public static void initialiseDefaults(ServiceStore store) {
        if (store.all().isEmpty()) {
            DefaultServices.all().forEach(store::insert);
        }
    }

    public List<Service> all() {
        return services;
    }

    public Optional<Service> find(ByteKey key) {
        for (Service s : services) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The service, or 404 with hydrus's text. */
    public Service get(ByteKey key) {
        return find(key).orElseThrow(() -> ApiException.notFound(
                "Sorry, did not find a service with key \"" + key.hex() + "\"!"));
    }

    /** Exact name first, then case-insensitive, as hydrus resolves names. */
    public Optional<Service> findByName(String name) {
        return findByName(name, EnumSet.allOf(ServiceType.class));
    }

    /** As {@link #findByName(String)}, among services of the given types only (hydrus's {@code GetServiceKeyFromName}). */
    public Optional<Service> findByName(String name, Collection<ServiceType> types) {
        for (Service s : services) {
            if (types.contains(s.type()) && s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (Service s : services) {
            if (types.contains(s.type()) && s.name().toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public Service getByName(String name) {
        return findByName(name).orElseThrow(() -> ApiException.notFound(
                "Sorry, did not find a service with name \"" + name + "\"!"));
    }

    /** The services the API lists, grouped by type in hydrus's order, sorted by lower-case name within a type. */
    public List<Service> listedForApi() {
        List<Service> listed = new ArrayList<>();
        for (ServiceType type : API_ORDER) {
            services.stream().filter(s -> s.type() == type)
                    .sorted(Comparator.comparing(s -> s.name().toLowerCase(Locale.ROOT)))
                    .forEach(listed::add);
        }
        return listed;
    }

    public List<Service> ofType(Set<ServiceType> types) {
        return services.stream().filter(s -> types.contains(s.type())).toList();
    }

    public synchronized Service add(String name, ServiceType type, ByteKey key, RatingOptions rating) {
        if (!USER_MANAGED.contains(type)) {
            throw new IllegalArgumentException("services of type \"" + type.pretty() + "\" cannot be created");
        }
        checkName(name, null);
        ByteKey serviceKey = key != null ? key : randomKey();
        if (find(serviceKey).isPresent()) {
            throw new IllegalArgumentException("a service with key " + serviceKey.hex() + " already exists");
        }
        RatingOptions options = rating;
        if (ServiceType.RATING_SERVICES.contains(type) && options == null) {
            options = switch (type) {
                case LOCAL_RATING_LIKE -> RatingOptions.defaultLikeDislike();
                case LOCAL_RATING_NUMERICAL -> RatingOptions.defaultNumerical();
                default -> RatingOptions.defaultIncDec();
            };
        }
        checkRating(type, options);
        Service service = new Service(serviceKey, name, type, options);
        store.insert(service);
        reload();
        return service;
    }

    public synchronized Service rename(ByteKey key, String newName) {
        Service service = requireUserManaged(key);
        checkName(newName, key);
        Service renamed = service.renamed(newName);
        store.update(renamed);
        reload();
        return renamed;
    }

    public synchronized Service reconfigureRating(ByteKey key, RatingOptions options) {
        Service service = requireUserManaged(key);
        checkRating(service.type(), options);
        Service changed = service.withRating(options);
        store.update(changed);
        reload();
        return changed;
    }

    public synchronized void delete(ByteKey key) {
        Service service = requireUserManaged(key);
        if (service.type() == ServiceType.LOCAL_FILE_DOMAIN
                && ofType(EnumSet.of(ServiceType.LOCAL_FILE_DOMAIN)).size() == 1) {
            throw new IllegalArgumentException("the last local file domain cannot be deleted");
        }
        store.delete(key);
        reload();
    }

    /** What hydrus's own dialogs never allow: a custom icon on an inc/dec service, a one-star scale without zero. */
    private static void checkRating(ServiceType type, RatingOptions options) {
        if (options == null) {
            return;
        }
        if (type == ServiceType.LOCAL_RATING_INCDEC && options.svg() != null) {
            throw new IllegalArgumentException("inc/dec services have no star shape");
        }
        if (type == ServiceType.LOCAL_RATING_NUMERICAL && !options.allowZero() && options.numStars() < 2) {
            throw new IllegalArgumentException("a numerical service without zero needs at least 2 stars");
        }
    }

    private Service requireUserManaged(ByteKey key) {
        Service service = find(key).orElseThrow(() -> new IllegalArgumentException("no service with key " + key.hex()));
        if (!USER_MANAGED.contains(service.type())) {
            throw new IllegalArgumentException("the service \"" + service.name() + "\" is built in and cannot be changed");
        }
        return service;
    }

    private void checkName(String name, ByteKey except) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a service needs a name");
        }
        for (Service s : services) {
            if (s.name().equalsIgnoreCase(name) && !s.key().equals(except)) {
                throw new IllegalArgumentException("a service named \"" + s.name() + "\" already exists");
            }
        }
    }

    private ByteKey randomKey() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return ByteKey.of(bytes);
    }

    private void reload() {
        services = List.copyOf(store.all());
    }
}
