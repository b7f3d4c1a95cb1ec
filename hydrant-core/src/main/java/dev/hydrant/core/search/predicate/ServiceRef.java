package dev.hydrant.core.search.predicate;

import dev.hydrant.core.services.Service;
import java.util.Objects;
import java.util.Optional;

/**
 * A service named in a predicate's text. The parser leaves it unbound ({@link #named}); binding it to
 * one of the library's services is a separate step, so the parser needs no access to the library.
 *
 * @param name    the name as it appears in the (lower-cased) predicate text
 * @param service the bound service, or null while unbound
 */
public record ServiceRef(String name, Service service) {

    public ServiceRef {
        Objects.requireNonNull(name, "name");
    }

    /** An unbound reference. */
    public static ServiceRef named(String name) {
        return new ServiceRef(name, null);
    }

    /** This reference bound to {@code bound}. */
    public ServiceRef bind(Service bound) {
        return new ServiceRef(name, Objects.requireNonNull(bound, "bound"));
    }

    public boolean isBound() {
        return service != null;
    }

    /** The bound service, if any. */
    public Optional<Service> bound() {
        return Optional.ofNullable(service);
    }
}
