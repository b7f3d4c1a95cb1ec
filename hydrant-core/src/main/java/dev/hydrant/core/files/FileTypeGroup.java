package dev.hydrant.core.files;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The "general" filetypes hydrus groups its concrete filetypes into.
 *
 * <p>Each group is itself a hydrus filetype constant (hydrus calls them {@code GENERAL_*}); the number
 * is that constant, and {@link #displayName()} is the text hydrus uses for it in {@code system:filetype}
 * predicates and in its filetype pickers ({@code image}, {@code animation}, {@code video},
 * {@code audio}, {@code application}, {@code archive}, {@code image project file}). A concrete
 * {@link FileType} belongs to at most one group.
 */
public enum FileTypeGroup {
    AUDIO(40, "audio"),
    IMAGE(41, "image"),
    VIDEO(42, "video"),
    APPLICATION(43, "application"),
    ANIMATION(44, "animation"),
    ARCHIVE(59, "archive"),
    IMAGE_PROJECT(60, "image project file");

    private final int number;
    private final String displayName;

    FileTypeGroup(int number, String displayName) {
        this.number = number;
        this.displayName = displayName;
    }

    /** The hydrus filetype constant of the group ({@code GENERAL_IMAGE} is 41, ...). */
    public int number() {
        return number;
    }

    /** The name hydrus shows and parses, e.g. {@code "image project file"}. */
    public String displayName() {
        return displayName;
    }

    /** The concrete filetypes of this group, in ascending filetype number. */
    public List<FileType> members() {
        return Arrays.stream(FileType.values()).filter(t -> t.group() == this).toList();
    }

    /** Looks a group up by its hydrus number (40..44, 59, 60). */
    public static Optional<FileTypeGroup> fromNumber(int number) {
        for (FileTypeGroup g : values()) {
            if (g.number == number) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** Looks a group up by its display name, ignoring case and surrounding blanks. */
    public static Optional<FileTypeGroup> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (FileTypeGroup g : values()) {
            if (g.displayName.equals(wanted)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
