package dev.hydrant.core.options;

import dev.hydrant.core.files.importing.FileImportOptions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The options a user can set for the server, stored in the database ({@link OptionStore}) and read at each use,
 * so {@code hydrant options set} takes effect on a running server at its next request: the delete lock for
 * archived files and the file import options ({@code add_file} and {@code hydrant import}).
 */
public final class ServerOptions {
    public static final String DELETE_LOCK_FOR_ARCHIVED_FILES = "delete-lock-for-archived-files";
    public static final String IMPORT_EXCLUDE_DELETED = "import-exclude-deleted";
    public static final String IMPORT_ALLOWED_FILETYPES = "import-allowed-filetypes";
    public static final String IMPORT_MIN_SIZE = "import-min-size";
    public static final String IMPORT_MAX_SIZE = "import-max-size";
    public static final String IMPORT_MAX_GIF_SIZE = "import-max-gif-size";
    public static final String IMPORT_MIN_RESOLUTION = "import-min-resolution";
    public static final String IMPORT_MAX_RESOLUTION = "import-max-resolution";

    /** One option: its name, default (canonical text), what it does, and how its text is read. */
    public record Definition(String name, String defaultValue, String description, UnaryOperator<String> reader) {
    }

    private static final List<Definition> DEFINITIONS = List.of(
            new Definition(DELETE_LOCK_FOR_ARCHIVED_FILES, "false", "Refuse to physically delete archived files "
                    + "(delete_files from 'hydrus local file storage' answers 409).", OptionValues::bool),
            new Definition(IMPORT_EXCLUDE_DELETED, "true", "Refuse files that were deleted before (import status 3); "
                    + "no: import them again.", OptionValues::bool),
            new Definition(IMPORT_ALLOWED_FILETYPES, OptionValues.ALL, "Filetypes that may be imported: all, or a "
                    + "comma-separated list of groups (image, animation, video, audio, application, archive, "
                    + "image project file) and types (jpeg, png, mp4, ...); others are vetoed (status 7).",
                    OptionValues::filetypes),
            new Definition(IMPORT_MIN_SIZE, OptionValues.NONE, "Veto files smaller than this (e.g. 10KB), or none.",
                    OptionValues::size),
            new Definition(IMPORT_MAX_SIZE, OptionValues.NONE, "Veto files larger than this (e.g. 500MB), or none.",
                    OptionValues::size),
            new Definition(IMPORT_MAX_GIF_SIZE, OptionValues.NONE, "Veto animated GIFs larger than this, or none.",
                    OptionValues::size),
            new Definition(IMPORT_MIN_RESOLUTION, OptionValues.NONE, "Veto files narrower or shorter than WxH (e.g. "
                    + "100x100), or none.", OptionValues::resolution),
            new Definition(IMPORT_MAX_RESOLUTION, OptionValues.NONE, "Veto files wider or taller than WxH, or none.",
                    OptionValues::resolution));

    private final OptionStore store;

    public ServerOptions(OptionStore store) {
        this.store = store;
    }

    public static List<Definition> definitions() {
        return DEFINITIONS;
    }

    private static Definition definition(String name) {
        return DEFINITIONS.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("There is no option \"" + name + "\" (hydrant options list shows them)."));
    }

    /** Every option with its value (the stored one, or the default). */
    public Map<String, String> values() {
        Map<String, String> stored = store.all();
        Map<String, String> out = new LinkedHashMap<>();
        for (Definition d : DEFINITIONS) {
            out.put(d.name(), stored.getOrDefault(d.name(), d.defaultValue()));
        }
        return out;
    }

    /**
     * Sets an option from the text a person typed.
     *
     * @return the stored (canonical) value
     * @throws IllegalArgumentException for an unknown option or a value it cannot read
     */
    public String set(String name, String text) {
        Definition d = definition(name);
        String value = d.reader().apply(text);
        if (value.equals(d.defaultValue())) {
            store.remove(name);
        } else {
            store.put(name, value);
        }
        return value;
    }

    /** Back to the default. */
    public void reset(String name) {
        store.remove(definition(name).name());
    }

    /**
     * Reads a byte size as options do ({@code 500}, {@code 20KB}, {@code 1.5GB}; 1024-based).
     *
     * @throws IllegalArgumentException for anything else ({@code none} included)
     */
    public static long parseSize(String text) {
        Long value = OptionValues.sizeValue(OptionValues.size(text));
        if (value == null) {
            throw new IllegalArgumentException("\"" + text + "\" is not a size (e.g. 500GB).");
        }
        return value;
    }

    public boolean deleteLockForArchivedFiles() {
        return Boolean.parseBoolean(values().get(DELETE_LOCK_FOR_ARCHIVED_FILES));
    }

    public FileImportOptions fileImportOptions() {
        Map<String, String> v = values();
        return new FileImportOptions(Boolean.parseBoolean(v.get(IMPORT_EXCLUDE_DELETED)),
                OptionValues.filetypesValue(v.get(IMPORT_ALLOWED_FILETYPES)),
                OptionValues.sizeValue(v.get(IMPORT_MIN_SIZE)), OptionValues.sizeValue(v.get(IMPORT_MAX_SIZE)),
                OptionValues.sizeValue(v.get(IMPORT_MAX_GIF_SIZE)),
                OptionValues.resolutionValue(v.get(IMPORT_MIN_RESOLUTION)),
                OptionValues.resolutionValue(v.get(IMPORT_MAX_RESOLUTION)));
    }
}
