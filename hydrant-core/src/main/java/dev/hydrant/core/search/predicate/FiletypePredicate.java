package dev.hydrant.core.search.predicate;

import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.FileTypeGroup;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code system:filetype = image/png, apng}, {@code system:filetype is video},
 * {@code system:filetype != image}. The sets may be empty: hydrus silently drops list items it does
 * not know (and items separated only by spaces), and then matches nothing.
 *
 * @param types     concrete filetypes named (by mime or human name; {@code gif} is both gifs)
 * @param groups    general filetypes named ({@code image}, {@code video}, {@code audio}...)
 * @param inclusive false for {@code !=}/{@code is not}
 */
public record FiletypePredicate(Set<FileType> types, Set<FileTypeGroup> groups, boolean inclusive)
        implements SystemPredicate {

    public FiletypePredicate {
        types = Collections.unmodifiableSet(types.isEmpty() ? EnumSet.noneOf(FileType.class) : EnumSet.copyOf(types));
        groups = Collections.unmodifiableSet(
                groups.isEmpty() ? EnumSet.noneOf(FileTypeGroup.class) : EnumSet.copyOf(groups));
    }

    /** Every concrete filetype meant: the named ones and the members of the named groups. */
    public Set<FileType> allTypes() {
        EnumSet<FileType> all = types.isEmpty() ? EnumSet.noneOf(FileType.class) : EnumSet.copyOf(types);
        for (FileTypeGroup group : groups) {
            all.addAll(group.members());
        }
        return Collections.unmodifiableSet(all);
    }
}
