package dev.hydrant.core.access;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.tags.TagFilter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A Client API access key and what it may do (hydrus's {@code APIPermissions}).
 *
 * @param permitsEverything covers every current and future permission
 * @param searchTagFilter   restricts which tags a key with {@link Permission#SEARCH_FILES} may search for
 */
public record AccessKey(String name, ByteKey key, boolean permitsEverything, Set<Permission> basicPermissions,
                        TagFilter searchTagFilter) {

    public AccessKey {
        basicPermissions = basicPermissions.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Permission.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(basicPermissions));
    }

    public boolean has(Permission permission) {
        return permitsEverything || basicPermissions.contains(permission);
    }

    /** The permissions {@code verify_access_key} reports: all of them when the key permits everything. */
    public List<Permission> effectivePermissions() {
        return permitsEverything ? Arrays.asList(Permission.values()) : List.copyOf(basicPermissions);
    }

    /** A key with permission 3 whose search tag filter blocks something: hydrus's "tag-restricted" key. */
    public boolean isSearchRestricted() {
        return !permitsEverything && has(Permission.SEARCH_FILES) && !searchTagFilter.allowsEverything();
    }

    /** Hydrus's {@code CheckCanSeeAllFiles}. */
    public boolean canSeeAllFiles() {
        return permitsEverything || (has(Permission.SEARCH_FILES) && searchTagFilter.allowsEverything());
    }

    /** {@code "API Permissions (<name>): <basic>[: Can search: <filter>]"}, as hydrus writes it. */
    public String humanDescription() {
        StringBuilder text = new StringBuilder("API Permissions (").append(name).append("): ");
        if (permitsEverything) {
            text.append("can do anything");
        } else {
            List<String> strings = new ArrayList<>();
            for (Permission p : basicPermissions) {
                strings.add(p.humanString());
            }
            Collections.sort(strings);
            text.append(String.join(", ", strings));
            if (has(Permission.SEARCH_FILES)) {
                text.append(": Can search: ").append(searchTagFilter.toPermittedString());
            }
        }
        return text.toString();
    }
}
