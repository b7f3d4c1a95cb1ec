package dev.hydrant.app.cli;

import dev.hydrant.core.access.Permission;

import java.util.EnumSet;
import java.util.Set;

/** Parses {@code 0,1,3} into permissions. */
final class PermissionList {
    private PermissionList() {
    }

    static Set<Permission> parse(String text) {
        Set<Permission> result = EnumSet.noneOf(Permission.class);
        if (text == null || text.isBlank()) {
            return result;
        }
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int n;
            try {
                n = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a permission number: " + p);
            }
            result.add(Permission.byNumber(n).orElseThrow(() -> new IllegalArgumentException("no permission " + n)));
        }
        return result;
    }
}
