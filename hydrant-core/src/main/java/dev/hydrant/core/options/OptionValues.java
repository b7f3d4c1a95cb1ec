package dev.hydrant.core.options;

import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.FileTypeGroup;
import dev.hydrant.core.files.importing.FileImportOptions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading option values as people type them, into the one canonical text that is stored: yes/no, byte sizes
 * ({@code 500}, {@code 20KB}, {@code 1.5 MB}: 1024-based like hydrus), resolutions ({@code 1920x1080}) and filetype
 * lists ({@code image, video, mp3}). Every reader throws {@link IllegalArgumentException} with a sentence for bad
 * text.
 */
final class OptionValues {
    static final String NONE = "none";
    static final String ALL = "all";
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)i?b?");
    private static final Pattern RESOLUTION = Pattern.compile("(\\d+)\\s*[x×]\\s*(\\d+)");

    private OptionValues() {
    }

    static String bool(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> "true";
            case "false", "no", "off", "0" -> "false";
            default -> throw new IllegalArgumentException("\"" + text + "\" is not yes or no (true/false).");
        };
    }

    /** A byte count, or {@code none}. */
    static String size(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals(NONE)) {
            return NONE;
        }
        Matcher m = SIZE.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a size (e.g. 500, 200KB, 1.5MB, 2GB or none).");
        }
        int power = "kmgt".indexOf(m.group(2).isEmpty() ? ' ' : m.group(2).charAt(0)) + 1;
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1024).pow(power));
        long value = bytes.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        if (value < 1) {
            throw new IllegalArgumentException("A size limit must be at least 1 byte.");
        }
        return Long.toString(value);
    }

    static Long sizeValue(String canonical) {
        return canonical.equals(NONE) ? null : Long.parseLong(canonical);
    }

    /** {@code WxH}, or {@code none}. */
    static String resolution(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals(NONE)) {
            return NONE;
        }
        Matcher m = RESOLUTION.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a resolution (e.g. 1920x1080 or none).");
        }
        return new FileImportOptions.Resolution(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).toString();
    }

    static FileImportOptions.Resolution resolutionValue(String canonical) {
        if (canonical.equals(NONE)) {
            return null;
        }
        String[] parts = canonical.split("x");
        return new FileImportOptions.Resolution(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /**
     * A comma-separated list of filetype words — hydrus's group names ({@code image}, {@code animation},
     * {@code video}, {@code audio}, {@code application}, {@code archive}, {@code image project file}), filetype
     * names ({@code jpeg}, {@code animated gif}), mime types ({@code image/png}) or extensions ({@code .webm}) —
     * or {@code all}.
     */
    static String filetypes(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals(ALL)) {
            return ALL;
        }
        List<String> words = new ArrayList<>();
        for (String piece : t.split(",")) {
            String word = piece.strip();
            if (word.isEmpty()) {
                continue;
            }
            if (typesOf(word).isEmpty()) {
                throw new IllegalArgumentException("\"" + word + "\" is not a filetype (try image, video, audio, "
                        + "animation, application, archive, image project file, a type such as jpeg or png, or all).");
            }
            if (!words.contains(word)) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("Name at least one filetype, or all.");
        }
        return String.join(", ", words);
    }

    static Set<FileType> filetypesValue(String canonical) {
        if (canonical.equals(ALL)) {
            return FileImportOptions.ALL_TYPES;
        }
        Set<FileType> out = EnumSet.noneOf(FileType.class);
        for (String word : canonical.split(",")) {
            out.addAll(typesOf(word.strip()));
        }
        return out;
    }

    private static Set<FileType> typesOf(String word) {
        Set<FileType> out = EnumSet.noneOf(FileType.class);
        FileTypeGroup.fromName(word).ifPresent(g -> out.addAll(g.members()));
        FileType.fromHumanName(word).ifPresent(out::add);
        FileType.fromMime(word).ifPresent(out::add);
        if (word.startsWith(".") || out.isEmpty()) {
            out.addAll(FileType.allWithExtension(word));
        }
        out.retainAll(FileImportOptions.ALL_TYPES);
        return out;
    }
}
