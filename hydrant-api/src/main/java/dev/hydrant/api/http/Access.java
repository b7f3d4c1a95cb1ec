package dev.hydrant.api.http;

import dev.hydrant.core.access.Permission;

import java.util.List;

/** Who may call a route: anyone, any valid key, a key with all of some permissions, or with at least one of a set. */
public sealed interface Access {
    record Unrestricted() implements Access {
    }

    record AnyKey() implements Access {
    }

    record AllOf(List<Permission> permissions) implements Access {
    }

    record AnyOf(List<Permission> permissions) implements Access {
    }

    static Access none() {
        return new Unrestricted();
    }

    static Access anyKey() {
        return new AnyKey();
    }

    static Access require(Permission... permissions) {
        return new AllOf(List.of(permissions));
    }

    static Access anyOf(Permission... permissions) {
        return new AnyOf(List.of(permissions));
    }
}
