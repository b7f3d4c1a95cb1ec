package dev.hydrant.core.search;

import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceType;
import dev.hydrant.core.tags.PythonCase;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The names a search can mention, supplied by the caller: services, and URL classes. Binding names is
 * kept out of the parser so that it needs no access to the library.
 */
public interface ServiceDirectory {

    /**
     * The service of one of {@code types} called {@code name}: a service whose name is exactly that
     * first, else one whose name is equal ignoring case (hydrus's {@code GetServiceKeyFromName}).
     */
    Optional<Service> findService(String name, Set<ServiceType> types);

    /**
     * The name of the URL class called {@code name}, ignoring case. A fresh client has no URL classes,
     * so the default finds none.
     */
    default Optional<String> findUrlClass(String name) {
        return Optional.empty();
    }

    /** A directory over a fixed list of services (in the order hydrus would try them), without URL classes. */
    static ServiceDirectory of(Collection<Service> services) {
        List<Service> list = List.copyOf(services);
        return (name, types) -> {
            for (Service s : list) {
                if (types.contains(s.type()) && s.name().equals(name)) {
                    return Optional.of(s);
                }
            }
            String lower = PythonCase.lower(name);
            for (Service s : list) {
                if (types.contains(s.type()) && PythonCase.lower(s.name()).equals(lower)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        };
    }
}
