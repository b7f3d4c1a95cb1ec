package dev.hydrant.core.access;

import static dev.hydrant.core.tags.TagFilter.Rule.ALLOW;
import static dev.hydrant.core.tags.TagFilter.Rule.BLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.tags.TagFilter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Permission checks and the {@code human_description} hydrus's {@code APIPermissions.ToHumanString} writes. */
class AccessKeyTest {
    private static final ByteKey KEY = ByteKey.fromHex("ab".repeat(32));
    private static final TagFilter ONLY_SERIES = seriesOnly();

    private static TagFilter seriesOnly() {
        Map<String, TagFilter.Rule> rules = new LinkedHashMap<>();
        rules.put(TagFilter.UNNAMESPACED, BLOCK);
        rules.put(TagFilter.NAMESPACED, BLOCK);
        rules.put("series:", ALLOW);
        return TagFilter.of(rules);
    }

    private static AccessKey key(boolean everything, Set<Permission> permissions, TagFilter filter) {
        return new AccessKey("x", KEY, everything, permissions, filter);
    }

    @Test
    void aRestrictedSearchKeyDescribesItsFilter() {
        AccessKey k = key(false, EnumSet.of(Permission.SEARCH_FILES, Permission.ADD_FILES), ONLY_SERIES);
        assertThat(k.humanDescription()).isEqualTo(
                "API Permissions (x): import and delete files, search for and fetch files: Can search: only allowing 'series' tags");
        assertThat(k.isSearchRestricted()).isTrue();
        assertThat(k.canSeeAllFiles()).isFalse();
    }

    @Test
    void humanStringsAreSortedAlphabeticallyNotByNumber() {
        AccessKey k = key(false, EnumSet.of(Permission.MANAGE_DATABASE, Permission.ADD_URLS, Permission.EDIT_RATINGS),
                TagFilter.allowingEverything());
        assertThat(k.humanDescription())
                .isEqualTo("API Permissions (x): edit file ratings, import and edit urls, manage database");
    }

    @Test
    void anUnrestrictedSearchKeySaysItAllowsAllTags() {
        AccessKey k = key(false, EnumSet.of(Permission.SEARCH_FILES), TagFilter.allowingEverything());
        assertThat(k.humanDescription()).isEqualTo("API Permissions (x): search for and fetch files: Can search: allowing all tags");
        assertThat(k.isSearchRestricted()).isFalse();
        assertThat(k.canSeeAllFiles()).isTrue();
    }

    @Test
    void withoutSearchPermissionTheFilterIsNotMentioned() {
        AccessKey k = key(false, EnumSet.of(Permission.ADD_FILES), ONLY_SERIES);
        assertThat(k.humanDescription()).isEqualTo("API Permissions (x): import and delete files");
        assertThat(k.isSearchRestricted()).isFalse();
        assertThat(k.canSeeAllFiles()).as("CheckCanSeeAllFiles needs permission 3").isFalse();
    }

    @Test
    void aKeyThatPermitsEverything() {
        AccessKey k = key(true, Set.of(), ONLY_SERIES);
        assertThat(k.humanDescription()).isEqualTo("API Permissions (x): can do anything");
        assertThat(k.has(Permission.SEE_LOCAL_PATHS)).isTrue();
        assertThat(k.effectivePermissions()).containsExactly(Permission.values());
        assertThat(k.isSearchRestricted()).isFalse();
        assertThat(k.canSeeAllFiles()).isTrue();
    }

    @Test
    void aKeyWithNoPermissionsHasAnEmptyBasicPart() {
        // hydrus's "does not have permission to do anything" branch can never run (it compares a length with '')
        AccessKey k = key(false, Set.of(), TagFilter.allowingEverything());
        assertThat(k.humanDescription()).isEqualTo("API Permissions (x): ");
        assertThat(k.effectivePermissions()).isEmpty();
        assertThat(k.has(Permission.ADD_URLS)).isFalse();
    }

    @Test
    void effectivePermissionsAreInNumberOrder() {
        AccessKey k = key(false, EnumSet.of(Permission.COMMIT_PENDING, Permission.ADD_URLS, Permission.SEARCH_FILES),
                TagFilter.allowingEverything());
        assertThat(k.effectivePermissions()).extracting(Permission::number).containsExactly(0, 3, 12);
    }

    @Test
    void permissionNumbersAndHumanStringsAreHydruss() {
        assertThat(Permission.values()).hasSize(14);
        assertThat(Permission.byNumber(6)).contains(Permission.MANAGE_DATABASE);
        assertThat(Permission.MANAGE_DATABASE.humanString()).isEqualTo("manage database");
        assertThat(Permission.SEE_LOCAL_PATHS.number()).isEqualTo(13);
        assertThat(Permission.byNumber(14)).isEmpty();
        assertThat(Permission.byNumber(-1)).isEmpty();
    }
}
