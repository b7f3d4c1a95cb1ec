package dev.hydrant.media.sniff;

import dev.hydrant.core.files.FileType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What kind of zip a zip is, in hydrus's order: a zip that cannot be opened, or has an encrypted entry,
 * is a plain zip; then an OpenDocument {@code mimetype} entry (krita, epub, openraster); then an Office
 * Open XML {@code [Content_Types].xml} (docx, xlsx, pptx); then a Procreate {@code Document.archive}; then
 * ugoira; then cbz; otherwise a plain zip. Each step that fails to read what it needs simply says "no".
 */
final class ZipTypeRules {

    /** Hydrus's {@code IMAGE_FILE_EXTS}: the extensions of its image types plus .jpe/.jpeg (case-sensitive). */
    static final Set<String> IMAGE_EXTENSIONS = Set.of(".jpg", ".png", ".gif", ".webp", ".jxl", ".avif", ".bmp",
            ".heic", ".heif", ".ico", ".qoi", ".tiff", ".jpe", ".jpeg");

    private static final int MAX_SMALL_ENTRY = 8 * 1024 * 1024;
    private static final int MAX_PLIST_ENTRY = 16 * 1024 * 1024;
    private static final long MAX_COVER_INFLATED = 1024L * 1024 * 1024;
    private static final Set<String> CBZ_HARMLESS_NAMES = Set.of("md5sum", "comicbook.xml", "metadata.txt", "info.txt");
    private static final Set<String> CBZ_HARMLESS_EXTENSIONS = Set.of(".sfv", ".nfo", ".txt", ".xml", ".json");
    private static final Map<String, FileType> OPEN_DOCUMENT_TYPES = Map.of(
            "application/x-krita", FileType.APPLICATION_KRITA,
            "application/epub+zip", FileType.APPLICATION_EPUB,
            "image/openraster", FileType.IMAGE_OPENRASTER);

    private ZipTypeRules() {
    }

    static FileType classify(FileBytes file) {
        ZipArchive zip;
        try {
            zip = ZipArchive.open(file);
        } catch (ZipArchive.BadZip | SniffLimitException e) {
            return FileType.APPLICATION_ZIP;
        }
        for (ZipArchive.Entry entry : zip.entries()) {
            if (entry.isEncrypted()) {
                return FileType.APPLICATION_ZIP;
            }
        }
        FileType found = openDocumentType(zip);
        if (found == null) {
            found = OfficeOpenXml.typeOf(zip);
        }
        if (found == null && looksLikeProcreate(zip)) {
            found = FileType.APPLICATION_PROCREATE;
        }
        if (found == null && looksLikeUgoira(zip)) {
            found = FileType.ANIMATION_UGOIRA;
        }
        if (found == null && looksLikeCbz(zip)) {
            found = FileType.APPLICATION_CBZ;
        }
        return found == null ? FileType.APPLICATION_ZIP : found;
    }

    static FileType openDocumentType(ZipArchive zip) {
        String text = readText(zip, "mimetype");
        return text == null ? null : OPEN_DOCUMENT_TYPES.get(text);
    }

    /** An entry decoded as strict UTF-8 with universal newlines, as Python's text mode does; null if unreadable. */
    static String readText(ZipArchive zip, String name) {
        byte[] bytes = readBytes(zip, name, MAX_SMALL_ENTRY);
        if (bytes == null) {
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static byte[] readBytes(ZipArchive zip, String name, int cap) {
        ZipArchive.Entry entry = zip.find(name);
        if (entry == null) {
            return null;
        }
        try {
            return zip.read(entry, cap);
        } catch (ZipArchive.BadZip | SniffLimitException e) {
            return null;
        }
    }

    /** A Procreate file: {@code Document.archive} is a keyed archive whose root object is a SilicaDocument. */
    static boolean looksLikeProcreate(ZipArchive zip) {
        byte[] bytes = readBytes(zip, "Document.archive", MAX_PLIST_ENTRY);
        if (bytes == null) {
            return false;
        }
        try {
            BinaryPlist plist = BinaryPlist.parse(bytes);
            if (!(plist.top() instanceof BinaryPlist.PDict top)) {
                return false;
            }
            if (!(top.get("$objects") instanceof BinaryPlist.PArray objects)) {
                return false;
            }
            if (!(objects.get(1) instanceof BinaryPlist.PDict root)) {
                return false;
            }
            Object classRef = root.get("$class");
            long classIndex = classRef instanceof BinaryPlist.Uid uid ? uid.value()
                    : classRef instanceof Long l ? l : -1;
            if (!(objects.get(classIndex) instanceof BinaryPlist.PDict classInfo)) {
                return false;
            }
            return "SilicaDocument".equals(classInfo.get("$classname"));
        } catch (BinaryPlist.Malformed | RuntimeException e) {
            return false;
        }
    }

    static boolean looksLikeUgoira(ZipArchive zip) {
        Boolean fromJson = UgoiraJson.framesLookValid(readBytes(zip, "animation.json", MAX_PLIST_ENTRY));
        if (Boolean.TRUE.equals(fromJson)) {
            return true;
        }
        List<ZipArchive.Entry> entries = zip.entries();
        for (ZipArchive.Entry e : entries) {
            if (e.isDirectory()) {
                return false;
            }
        }
        String imageExtension = null;
        int expected = 0;
        int images = 0;
        for (ZipArchive.Entry e : entries) {
            String name = e.name();
            int dot = name.lastIndexOf('.');
            if (dot < 0) {
                return false;
            }
            String number = name.substring(0, dot);
            String ext = name.substring(dot);
            if (ext.equals(".js") || ext.equals(".json")) {
                continue;
            }
            if (!IMAGE_EXTENSIONS.contains(ext)) {
                return false;
            }
            if (imageExtension == null) {
                imageExtension = ext;
            }
            if (!ext.equals(imageExtension)) {
                return false;
            }
            if (!number.equals(String.format("%06d", expected))) {
                // hydrus compares every name only after collecting them all; the outcome is the same
                return false;
            }
            expected++;
            images++;
        }
        return images > 1 && coverReadable(zip);
    }

    static boolean looksLikeCbz(ZipArchive zip) {
        Map<String, Set<String>> imagesByDirectory = new HashMap<>();
        Set<String> directoriesWithFiles = new HashSet<>();
        int harmlessExtras = 0;
        int images = 0;
        int imagesWithDigits = 0;
        for (ZipArchive.Entry e : zip.entries()) {
            if (e.isDirectory() || e.name().startsWith("__MACOSX/")) {
                continue;
            }
            String path = e.name();
            int slash = path.lastIndexOf('/');
            String directory = slash >= 0 ? path.substring(0, slash) : "";
            String name = (slash >= 0 ? path.substring(slash + 1) : path).toLowerCase(java.util.Locale.ROOT);
            directoriesWithFiles.add(directory);
            if (CBZ_HARMLESS_NAMES.contains(name)) {
                continue;
            }
            if (hasImageExtension(name)) {
                images++;
                if (containsDigit(name)) {
                    imagesWithDigits++;
                }
                imagesByDirectory.computeIfAbsent(directory, k -> new HashSet<>()).add(name);
                continue;
            }
            int dot = name.lastIndexOf('.');
            if (dot < 0 || !CBZ_HARMLESS_EXTENSIONS.contains(name.substring(dot))) {
                return false;
            }
            harmlessExtras++;
        }
        if (imagesWithDigits <= 1 || !coverReadable(zip)) {
            return false;
        }
        if (!imagesByDirectory.isEmpty()) {
            double sum = 0;
            for (Set<String> names : imagesByDirectory.values()) {
                Set<String> templates = new HashSet<>();
                for (String n : names) {
                    templates.add(withoutDigits(n));
                }
                sum += (templates.size() - 1) / (double) names.size();
            }
            if (sum / imagesByDirectory.size() > 0.2) {
                return false;
            }
        }
        int directories = directoriesWithFiles.size();
        return (long) harmlessExtras * directories <= 5 && (long) images * directories >= 1;
    }

    /** Hydrus's cover page: in human order, the first file (outside __MACOSX/) with an image extension. */
    static ZipArchive.Entry coverPage(ZipArchive zip) {
        List<ZipArchive.Entry> files = new java.util.ArrayList<>();
        for (ZipArchive.Entry e : zip.entries()) {
            if (!e.isDirectory()) {
                files.add(e);
            }
        }
        files.sort((a, b) -> dev.hydrant.core.tags.HumanTextOrder.INSTANCE.compare(a.name(), b.name()));
        for (ZipArchive.Entry e : files) {
            if (!e.name().startsWith("__MACOSX/") && hasImageExtension(e.name())) {
                // zipfile opens the last entry stored under a name
                return zip.find(e.name());
            }
        }
        return null;
    }

    private static boolean coverReadable(ZipArchive zip) {
        ZipArchive.Entry cover = coverPage(zip);
        if (cover == null) {
            return false;
        }
        try {
            zip.verify(cover, MAX_COVER_INFLATED);
            return true;
        } catch (ZipArchive.BadZip | SniffLimitException e) {
            return false;
        }
    }

    static boolean hasImageExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 && IMAGE_EXTENSIONS.contains(name.substring(dot));
    }

    private static boolean containsDigit(String s) {
        return s.codePoints().anyMatch(Character::isDigit);
    }

    private static String withoutDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isDigit(c)).forEach(b::appendCodePoint);
        return b.toString();
    }
}
