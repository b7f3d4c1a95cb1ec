package dev.hydrant.index;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceStore;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Service catalogs over an in-memory store, for index tests that need no database. */
final class InMemoryCatalogs {
    private InMemoryCatalogs() {
    }

    /** A catalog holding hydrus's default services. */
    static ServiceCatalog withDefaults() {
        Map<ByteKey, Service> services = new LinkedHashMap<>();
        ServiceStore store = new ServiceStore() {
            @Override
            public List<Service> all() {
                return List.copyOf(services.values());
            }

            @Override
            public void insert(Service service) {
                services.put(service.key(), service);
            }

            @Override
            public void update(Service service) {
                services.put(service.key(), service);
            }

            @Override
            public void delete(ByteKey key) {
                services.remove(key);
            }
        };
        ServiceCatalog.initialiseDefaults(store);
        return new ServiceCatalog(store, new SecureRandom());
    }
}
