package dev.hydrant.core.files;

import static dev.hydrant.core.files.FileTrait.ALWAYS_AUDIO;
import static dev.hydrant.core.files.FileTrait.EXIF;
import static dev.hydrant.core.files.FileTrait.HYDRUS_UPDATE;
import static dev.hydrant.core.files.FileTrait.ICC_PROFILE;
import static dev.hydrant.core.files.FileTrait.MAYBE_AUDIO;
import static dev.hydrant.core.files.FileTrait.PERCEPTUAL_HASH;
import static dev.hydrant.core.files.FileTrait.PIXEL_HASH;
import static dev.hydrant.core.files.FileTrait.READABLE_METADATA;
import static dev.hydrant.core.files.FileTrait.SEARCHABLE;
import static dev.hydrant.core.files.FileTrait.STATIC_IMAGE;
import static dev.hydrant.core.files.FileTrait.THUMBNAIL;
import static dev.hydrant.core.files.FileTrait.TRANSPARENCY_CHECKABLE;
import static dev.hydrant.core.files.FileTrait.TRANSPARENCY_POSSIBLE;
import static dev.hydrant.core.files.FileTrait.UNDETERMINED;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every filetype constant of hydrus 682 (Client API 95), with the strings hydrus reports for it.
 *
 * <p>One row per hydrus constant: the number ({@code filetype_enum}), the mime string
 * ({@code mime} in file metadata, also the {@code Content-Type} hydrus serves the file with), the human
 * name ({@code filetype_human}), the extension with its dot ({@code ext}, also the suffix of the file
 * in {@code client_files}), the general group and the capabilities ({@link FileTrait}).
 *
 * <p>The {@code GENERAL_*} constants (40..44, 59, 60) are the groups and live in {@link FileTypeGroup}.
 * Rows marked {@link FileTrait#UNDETERMINED} are intermediate values of hydrus's sniffer; hydrus has
 * no mime, human name or extension for some of them (see each row's comment), and they never appear
 * in metadata. {@link #APPLICATION_UNKNOWN} is what metadata shows for a hash the client does not have.
 */
public enum FileType {
    APPLICATION_HYDRUS_CLIENT_COLLECTION(0, "collection", "collection", ".collection", null),
    IMAGE_JPEG(1, "image/jpeg", "jpeg", ".jpg", FileTypeGroup.IMAGE,
            SEARCHABLE, THUMBNAIL, STATIC_IMAGE, PIXEL_HASH, PERCEPTUAL_HASH, ICC_PROFILE, EXIF, READABLE_METADATA),
    IMAGE_PNG(2, "image/png", "png", ".png", FileTypeGroup.IMAGE,
            SEARCHABLE, THUMBNAIL, STATIC_IMAGE, PIXEL_HASH, PERCEPTUAL_HASH, TRANSPARENCY_CHECKABLE,
            TRANSPARENCY_POSSIBLE, ICC_PROFILE, EXIF, READABLE_METADATA),
    ANIMATION_GIF(3, "image/gif", "animated gif", ".gif", FileTypeGroup.ANIMATION,
            SEARCHABLE, THUMBNAIL, TRANSPARENCY_CHECKABLE, TRANSPARENCY_POSSIBLE, READABLE_METADATA),
    IMAGE_BMP(4, "image/bmp", "bitmap", ".bmp", FileTypeGroup.IMAGE,
            SEARCHABLE, THUMBNAIL, STATIC_IMAGE, PIXEL_HASH, PERCEPTUAL_HASH, TRANSPARENCY_CHECKABLE,
            TRANSPARENCY_POSSIBLE, ICC_PROFILE, READABLE_METADATA),
    APPLICATION_FLASH(5, "application/x-shockwave-flash", "flash", ".swf", FileTypeGroup.APPLICATION,
            SEARCHABLE, THUMBNAIL, ALWAYS_AUDIO, MAYBE_AUDIO),
    APPLICATION_YAML(6, "application/x-yaml", "yaml", ".yaml", null),
    IMAGE_ICON(7, "image/x-icon", "icon", ".ico", FileTypeGroup.IMAGE,
            SEARCHABLE, THUMBNAIL, STATIC_IMAGE, PIXEL_HASH, PERCEPTUAL_HASH, TRANSPARENCY_CHECKABLE,
            TRANSPARENCY_POSSIBLE, READABLE_METADATA),
    TEXT_HTML(8, "text/html", "html", ".html", null),
    VIDEO_FLV(9, "video/x-flv", "flv", ".flv", FileTypeGroup.VIDEO, SEARCHABLE, THUMBNAIL, MAYBE_AUDIO),
    APPLICATION_PDF(10, "application/pdf", "pdf", ".pdf", FileTypeGroup.APPLICATION,
            SEARCHABLE, THUMBNAIL, READABLE_METADATA),
    APPLICATION_ZIP(11, "application/zip", "zip", ".zip", FileTypeGroup.ARCHIVE, SEARCHABLE),
    APPLICATION_HYDRUS_ENCRYPTED_ZIP(12, "application/hydrus-encrypted-zip", "application/hydrus-encrypted-zip",
            ".zip.encrypted", null),
    AUDIO_MP3(13, "audio/mp3", "mp3", ".mp3", FileTypeGroup.AUDIO, SEARCHABLE, ALWAYS_AUDIO, MAYBE_AUDIO),
    VIDEO_MP4(14, "video/mp4", "mp4", ".mp4", FileTypeGroup.VIDEO, SEARCHABLE, THUMBNAIL, MAYBE_AUDIO),
    AUDIO_OGG(15, "audio/ogg", "ogg", ".ogg", FileTypeGroup.AUDIO, SEARCHABLE, ALWAYS_AUDIO, MAYBE_AUDIO),
    AUDIO_FLAC(16, "audio/flac", "flac", ".flac", FileTypeGroup.AUDIO, SEARCHABLE, ALWAYS_AUDIO, MAYBE_AUDIO),
    AUDIO_WMA(17, "audio/x-ms-wma", "wma", ".wma", FileTypeGroup.AUDIO, SEARCHABLE, ALWAYS_AUDIO, MAYBE_AUDIO),
    VIDEO_WMV(18, "video/x-ms-wmv", "wmv", ".wmv", FileTypeGroup.VIDEO, SEARCHABLE, THUMBNAIL, MAYBE_AUDIO),
    /** Hydrus has no extension for this one. */
    UNDETERMINED_WM(19, "audio/x-ms-wma or video/x-ms-wmv", "wma or wmv", "", null, UNDETERMINED),
    VIDEO_MKV(20, "video/x-matroska", "matroska", ".mkv", FileTypeGroup.VIDEO, SEARCHABLE, THUMBNAIL, MAYBE_AUDIO),
    VIDEO_WEBM(21, "video/webm", "webm", ".webm", FileTypeGroup.VIDEO, SEARCHABLE, THUMBNAIL, MAYBE_AUDIO),
    APPLICATION_JSON(22, "application/json", "json", ".json", null),
    ANIMATION_APNG(23, "image/apng", "apng", ".png", FileTypeGroup.ANIMATION,
            SEARCHABLE, THUMBNAIL, TRANSPARENCY_CHECKABLE, TRANSPARENCY_POSSIBLE, EXIF, READABLE_METADATA),
    /** Hydrus has no extension for this one. */
    UNDETERMINED_PNG(24, "image/png or image/apng", "png or apng", "", null, UNDETERMINED),
    VIDEO_MPEG(25, "video/mpeg", "mpeg", ".mpeg", FileTypeGroup.VIDEO, SEARCHABLE, THUMBNAIL, MAYBE_AUDIO),
    VIDEO_MOV(26, "video/quicktime", "quicktime", ".mov", FileTypeGroup.VIDEO, SEARCHABLE, THUMBNAIL, MAYBE_AUDIO),
    VIDEO_AVI(27, "video/x-msvideo", "avi", ".avi", FileTypeGroup.VIDEO, SEARCHABLE, THUMBNAIL, MAYBE_AUDIO),
    APPLICATION_HYDRUS_UPDATE_DEFINITIONS(28, "application/hydrus-update-definitions",
            "application/hydrus-update-definitions", "", null, HYDRUS_UPDATE),
    APPLICATION_HYDRUS_UPDATE_CONTENT(29, "application/hydrus-update-content",
            "application/hydrus-update-content", "", null, HYDRUS_UPDATE),
    TEXT_PLAIN(30, "text/plain", "plaintext", ".txt", null),
    APPLICATION_RAR(31, "application/vnd.rar", "rar", ".rar", FileTypeGroup.ARCHIVE, SEARCHABLE),
    APPLICATION_7Z(32, "application/x-7z-compressed", "7z", ".7z", FileTypeGroup.ARCHIVE, SEARCHABLE),
    IMAGE_WEBP(33, "image/webp", "webp", ".webp", FileTypeGroup.IMAGE,
            SEARCHABLE, THUMBNAIL, STATIC_IMAGE, PIXEL_HASH, PERCEPTUAL_HASH, TRANSPARENCY_CHECKABLE,
            TRANSPARENCY_POSSIBLE, EXIF, READABLE_METADATA),
    IMAGE_TIFF(34, "image/tiff", "tiff", ".tiff", FileTypeGroup.IMAGE,
            SEARCHABLE, THUMBNAIL, STATIC_IMAGE, PIXEL_HASH, PERCEPTUAL_HASH, TRANSPARENCY_CHECKABLE,
            TRANSPARENCY_POSSIBLE, ICC_PROFILE, EXIF, READABLE_METADATA),
    APPLICATION_PSD(35, "image/vnd.adobe.photoshop", "psd", ".psd", FileTypeGroup.IMAGE_PROJECT,
            SEARCHABLE, THUMBNAIL, STATIC_IMAGE, PIXEL_HASH, PERCEPTUAL_HASH, TRANSPARENCY_POSSIBLE, ICC_PROFILE),
    AUDIO_M4A(36, "audio/mp4", "m4a", ".m4a", FileTypeGroup.AUDIO, SEARCHABLE, ALWAYS_AUDIO, MAYBE_AUDIO),
    VIDEO_REALMEDIA(37, "video/vnd.rn-realvideo", "realvideo", ".rm", FileTypeGroup.VIDEO,
            SEARCHABLE, THUMBNAIL, MAYBE_AUDIO),
    AUDIO_REALMEDIA(38, "audio/vnd.rn-realaudio", "realaudio", ".ra", FileTypeGroup.AUDIO,
            SEARCHABLE, ALWAYS_AUDIO, MAYBE_AUDIO),
    AUDIO_TRUEAUDIO(39, "audio/x-tta", "tta", ".tta", FileTypeGroup.AUDIO, SEARCHABLE, ALWAYS_AUDIO, MAYBE_AUDIO),
    APPLICATION_CLIP(45, "application/clip", "clip", ".clip", FileTypeGroup.IMAGE_PROJECT,
            SEARCHABLE, THUMBNAIL, TRANSPARENCY_POSSIBLE),
    AUDIO_WAVE(46, "audio/x-wav", "wave", ".wav", FileTypeGroup.AUDIO, SEARCHABLE, ALWAYS_AUDIO, MAYBE_AUDIO),
    VIDEO_OGV(47, "video/ogg", "ogv", ".ogv", FileTypeGroup.VIDEO, SEARCHABLE, THUMBNAIL, MAYBE_AUDIO),
    AUDIO_MKV(48, "audio/x-matroska", "matroska audio", ".mkv", FileTypeGroup.AUDIO,
            SEARCHABLE, ALWAYS_AUDIO, MAYBE_AUDIO),
    AUDIO_MP4(49, "audio/mp4", "mp4 audio", ".mp4", FileTypeGroup.AUDIO, SEARCHABLE, ALWAYS_AUDIO, MAYBE_AUDIO),
    /** Hydrus has no extension for this one. */
    UNDETERMINED_MP4(50, "audio/mp4 or video/mp4", "mp4 with or without audio", "", null, UNDETERMINED),
    /** Hydrus has no extension for cbor (it is never a stored file). */
    APPLICATION_CBOR(51, "application/cbor", "cbor", "", null),
    APPLICATION_WINDOWS_EXE(52, "application/octet-stream", "windows exe", ".exe", null),
    AUDIO_WAVPACK(53, "audio/wavpack", "wavpack", ".wv", FileTypeGroup.AUDIO, SEARCHABLE, ALWAYS_AUDIO, MAYBE_AUDIO),
    APPLICATION_SAI2(54, "application/sai2", "sai2", ".sai2", FileTypeGroup.IMAGE_PROJECT,
            SEARCHABLE, TRANSPARENCY_POSSIBLE),
    APPLICATION_KRITA(55, "application/x-krita", "krita", ".kra", FileTypeGroup.IMAGE_PROJECT,
            SEARCHABLE, THUMBNAIL, STATIC_IMAGE, PIXEL_HASH, PERCEPTUAL_HASH, TRANSPARENCY_POSSIBLE),
    IMAGE_SVG(56, "image/svg+xml", "svg", ".svg", FileTypeGroup.IMAGE_PROJECT,
            SEARCHABLE, THUMBNAIL, TRANSPARENCY_POSSIBLE),
    APPLICATION_XCF(57, "image/x-xcf", "xcf", ".xcf", FileTypeGroup.IMAGE_PROJECT, SEARCHABLE, TRANSPARENCY_POSSIBLE),
    APPLICATION_GZIP(58, "application/gzip", "gzip", ".gz", FileTypeGroup.ARCHIVE, SEARCHABLE),
    IMAGE_HEIF(61, "image/heif", "heif", ".heif", FileTypeGroup.IMAGE,
            SEARCHABLE, THUMBNAIL, STATIC_IMAGE, PIXEL_HASH, PERCEPTUAL_HASH, TRANSPARENCY_CHECKABLE,
            TRANSPARENCY_POSSIBLE, ICC_PROFILE, EXIF, READABLE_METADATA),
    IMAGE_HEIF_SEQUENCE(62, "image/heif-sequence", "heif sequence", ".heifs", FileTypeGroup.ANIMATION,
            SEARCHABLE, THUMBNAIL, TRANSPARENCY_CHECKABLE, TRANSPARENCY_POSSIBLE, ICC_PROFILE, EXIF,
            READABLE_METADATA),
    IMAGE_HEIC(63, "image/heic", "heic", ".heic", FileTypeGroup.IMAGE,
            SEARCHABLE, THUMBNAIL, STATIC_IMAGE, PIXEL_HASH, PERCEPTUAL_HASH, TRANSPARENCY_CHECKABLE,
            TRANSPARENCY_POSSIBLE, ICC_PROFILE, EXIF, READABLE_METADATA),
    IMAGE_HEIC_SEQUENCE(64, "image/heic-sequence", "heic sequence", ".heics", FileTypeGroup.ANIMATION,
            SEARCHABLE, THUMBNAIL, TRANSPARENCY_CHECKABLE, TRANSPARENCY_POSSIBLE, ICC_PROFILE, EXIF,
            READABLE_METADATA),
    IMAGE_AVIF(65, "image/avif", "avif", ".avif", FileTypeGroup.IMAGE,
            SEARCHABLE, THUMBNAIL, STATIC_IMAGE, PIXEL_HASH, PERCEPTUAL_HASH, TRANSPARENCY_CHECKABLE,
            TRANSPARENCY_POSSIBLE, ICC_PROFILE, EXIF, READABLE_METADATA),
    IMAGE_AVIF_SEQUENCE(66, "image/avif-sequence", "avif sequence", ".avifs", FileTypeGroup.ANIMATION,
            SEARCHABLE, THUMBNAIL, TRANSPARENCY_CHECKABLE, TRANSPARENCY_POSSIBLE),
    /** Hydrus has no mime string, human name or extension for this one; ours are descriptive only. */
    UNDETERMINED_GIF(67, "image/gif", "gif with or without animation", "", null, UNDETERMINED),
    IMAGE_GIF(68, "image/gif", "static gif", ".gif", FileTypeGroup.IMAGE,
            SEARCHABLE, THUMBNAIL, STATIC_IMAGE, PIXEL_HASH, PERCEPTUAL_HASH, TRANSPARENCY_CHECKABLE,
            TRANSPARENCY_POSSIBLE, ICC_PROFILE, READABLE_METADATA),
    APPLICATION_PROCREATE(69, "application/x-procreate", "procreate", ".procreate", FileTypeGroup.IMAGE_PROJECT,
            SEARCHABLE, THUMBNAIL, TRANSPARENCY_POSSIBLE),
    IMAGE_QOI(70, "image/qoi", "qoi", ".qoi", FileTypeGroup.IMAGE,
            SEARCHABLE, THUMBNAIL, STATIC_IMAGE, PIXEL_HASH, PERCEPTUAL_HASH, TRANSPARENCY_CHECKABLE,
            TRANSPARENCY_POSSIBLE),
    APPLICATION_EPUB(71, "application/epub+zip", "epub", ".epub", FileTypeGroup.APPLICATION, SEARCHABLE, THUMBNAIL),
    APPLICATION_DJVU(72, "image/vnd.djvu", "djvu", ".djvu", FileTypeGroup.APPLICATION, SEARCHABLE),
    APPLICATION_CBZ(73, "application/vnd.comicbook+zip", "cbz", ".cbz", FileTypeGroup.ARCHIVE, SEARCHABLE, THUMBNAIL),
    ANIMATION_UGOIRA(74, "application/zip", "ugoira", ".zip", FileTypeGroup.ANIMATION, SEARCHABLE, THUMBNAIL),
    APPLICATION_RTF(75, "application/rtf", "rtf", ".rtf", FileTypeGroup.APPLICATION, SEARCHABLE),
    APPLICATION_DOCX(76, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", ".docx",
            FileTypeGroup.APPLICATION, SEARCHABLE),
    APPLICATION_XLSX(77, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", ".xlsx",
            FileTypeGroup.APPLICATION, SEARCHABLE),
    APPLICATION_PPTX(78, "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx",
            ".pptx", FileTypeGroup.APPLICATION, SEARCHABLE, THUMBNAIL),
    /** An OLE compound file that is not recognisably doc/xls/ppt; hydrus refuses it. No extension. */
    UNDETERMINED_OLE(79, "application/x-ole-storage", "ole file", "", null, UNDETERMINED),
    APPLICATION_DOC(80, "application/msword", "doc", ".doc", FileTypeGroup.APPLICATION, SEARCHABLE),
    APPLICATION_XLS(81, "application/vnd.ms-excel", "xls", ".xls", FileTypeGroup.APPLICATION, SEARCHABLE),
    APPLICATION_PPT(82, "application/vnd.ms-powerpoint", "ppt", ".ppt", FileTypeGroup.APPLICATION, SEARCHABLE),
    ANIMATION_WEBP(83, "image/webp", "animated webp", ".webp", FileTypeGroup.ANIMATION,
            SEARCHABLE, THUMBNAIL, TRANSPARENCY_CHECKABLE, TRANSPARENCY_POSSIBLE, EXIF, READABLE_METADATA),
    /**
     * Hydrus assigns this one's mime string twice (the second write was meant for 87), so its table ends
     * up with the jxl text here; we keep the intended webp text. No extension.
     */
    UNDETERMINED_WEBP(84, "image/webp, static or animated", "webp with or without animation", "", null, UNDETERMINED),
    IMAGE_JXL(85, "image/jxl", "jxl", ".jxl", FileTypeGroup.IMAGE,
            SEARCHABLE, THUMBNAIL, STATIC_IMAGE, PIXEL_HASH, PERCEPTUAL_HASH, TRANSPARENCY_CHECKABLE,
            TRANSPARENCY_POSSIBLE, ICC_PROFILE, EXIF, READABLE_METADATA),
    APPLICATION_PAINT_DOT_NET(86, "application/x-paintnet", "paint.net", ".pdn", FileTypeGroup.IMAGE_PROJECT,
            SEARCHABLE, THUMBNAIL),
    /** Hydrus has no mime string (see 84) and no extension for this one. */
    UNDETERMINED_JXL(87, "image/jxl, static or animated", "jxl with or without animation", "", null, UNDETERMINED),
    ANIMATION_JXL(88, "image/jxl", "animated jxl", ".jxl", FileTypeGroup.ANIMATION,
            SEARCHABLE, THUMBNAIL, TRANSPARENCY_CHECKABLE, TRANSPARENCY_POSSIBLE, EXIF, READABLE_METADATA),
    IMAGE_OPENRASTER(89, "image/openraster", "ora", ".ora", FileTypeGroup.IMAGE_PROJECT,
            SEARCHABLE, THUMBNAIL, STATIC_IMAGE, PIXEL_HASH, PERCEPTUAL_HASH, TRANSPARENCY_POSSIBLE),
    APPLICATION_OCTET_STREAM(100, "application/octet-stream", "application/octet-stream", ".bin", null),
    APPLICATION_UNKNOWN(101, "unknown filetype", "unknown filetype", "", null);

    /** Extra mime strings hydrus's {@code mime_enum_lookup} accepts besides each row's own mime. */
    private static final Map<String, FileType> MIME_ALIASES = Map.ofEntries(
            Map.entry("image/jpe", IMAGE_JPEG),
            Map.entry("image/jpg", IMAGE_JPEG),
            Map.entry("image/x-png", IMAGE_PNG),
            Map.entry("image/vnd.microsoft.icon", IMAGE_ICON),
            Map.entry("application/x-photoshop", APPLICATION_PSD),
            Map.entry("application/vnd.adobe.photoshop", APPLICATION_PSD),
            Map.entry("image/vnd.paint.net", APPLICATION_PAINT_DOT_NET),
            Map.entry("PDF document", APPLICATION_PDF),
            Map.entry("application/vnd.ms-word", APPLICATION_DOC),
            Map.entry("application/msexcel", APPLICATION_XLS),
            Map.entry("application/powerpoint", APPLICATION_PPT),
            Map.entry("application/mspowerpoint", APPLICATION_PPT),
            Map.entry("image/vnd.djvu+multipage", APPLICATION_DJVU),
            Map.entry("image/x-djvu", APPLICATION_DJVU),
            Map.entry("text/rtf", APPLICATION_RTF),
            Map.entry("audio/wav", AUDIO_WAVE),
            Map.entry("audio/wave", AUDIO_WAVE),
            Map.entry("application/vnd.rn-realmedia", VIDEO_REALMEDIA));

    /**
     * Mime strings shared by several rows resolve, as in hydrus's {@code mime_enum_lookup}, to one of them
     * (e.g. {@code image/gif} to the animated gif: "no lookup goes to static gif").
     */
    private static final Map<String, FileType> SHARED_MIME_WINNERS = Map.of(
            "image/gif", ANIMATION_GIF,
            "image/webp", IMAGE_WEBP,
            "image/jxl", IMAGE_JXL,
            "application/zip", APPLICATION_ZIP,
            "audio/mp4", AUDIO_M4A,
            "application/octet-stream", APPLICATION_OCTET_STREAM);

    /** Extra extensions hydrus counts as image extensions ({@code IMAGE_FILE_EXTS}). */
    private static final Map<String, FileType> EXTENSION_ALIASES = Map.of(".jpeg", IMAGE_JPEG, ".jpe", IMAGE_JPEG);

    private static final Map<Integer, FileType> BY_NUMBER = new HashMap<>();
    private static final Map<String, FileType> BY_MIME = new HashMap<>();
    private static final Map<String, FileType> BY_HUMAN = new HashMap<>();
    private static final Map<String, List<FileType>> BY_EXTENSION = new HashMap<>();

    static {
        for (FileType t : values()) {
            BY_NUMBER.put(t.number, t);
            if (t != UNDETERMINED_GIF) {
                BY_HUMAN.putIfAbsent(t.humanName, t);
            }
            if (!t.is(UNDETERMINED)) {
                BY_MIME.putIfAbsent(t.mime, t);
                if (!t.extension.isEmpty()) {
                    BY_EXTENSION.computeIfAbsent(t.extension, k -> new ArrayList<>()).add(t);
                }
            }
        }
        BY_MIME.put("application/x-ole-storage", UNDETERMINED_OLE);
        BY_MIME.putAll(SHARED_MIME_WINNERS);
        BY_MIME.putAll(MIME_ALIASES);
        // hydrus's lookup has no entry for the matroska audio mime
        BY_MIME.remove(AUDIO_MKV.mime);
        EXTENSION_ALIASES.forEach((ext, t) -> BY_EXTENSION.computeIfAbsent(ext, k -> new ArrayList<>()).add(t));
        BY_EXTENSION.replaceAll((k, v) -> List.copyOf(v));
    }

    private final int number;
    private final String mime;
    private final String humanName;
    private final String extension;
    private final FileTypeGroup group;
    private final Set<FileTrait> traits;

    FileType(int number, String mime, String humanName, String extension, FileTypeGroup group, FileTrait... traits) {
        this.number = number;
        this.mime = mime;
        this.humanName = humanName;
        this.extension = extension;
        this.group = group;
        EnumSet<FileTrait> set = EnumSet.noneOf(FileTrait.class);
        Collections.addAll(set, traits);
        this.traits = Collections.unmodifiableSet(set);
    }

    /** The hydrus constant, reported as {@code filetype_enum}. */
    public int number() {
        return number;
    }

    /** The mime string, reported as {@code mime}. */
    public String mime() {
        return mime;
    }

    /** The human name, reported as {@code filetype_human}. */
    public String humanName() {
        return humanName;
    }

    /** The extension with its dot (e.g. {@code ".jpg"}), reported as {@code ext}; empty when hydrus has none. */
    public String extension() {
        return extension;
    }

    /**
     * The {@code Content-Type} hydrus sends when it serves a stored file of this type: the mime string
     * itself (so a ugoira goes out as {@code application/zip}, a windows exe as
     * {@code application/octet-stream}).
     */
    public String contentType() {
        return mime;
    }

    /** The general group, or {@code null} for types outside every group (json, html, unknown...). */
    public FileTypeGroup group() {
        return group;
    }

    /** The capabilities of this type. */
    public Set<FileTrait> traits() {
        return traits;
    }

    public boolean is(FileTrait trait) {
        return traits.contains(trait);
    }

    /** Whether hydrus lets a file of this type in ({@code ALLOWED_MIMES}). */
    public boolean isImportable() {
        return is(SEARCHABLE) || is(HYDRUS_UPDATE);
    }

    /** Member of hydrus's {@code IMAGES} group: a still picture in an image format. */
    public boolean isImage() {
        return group == FileTypeGroup.IMAGE;
    }

    /** Hydrus's {@code IsStaticImage}: an image, or a project file hydrus can flatten (psd, krita, ora). */
    public boolean isStaticImage() {
        return is(STATIC_IMAGE);
    }

    /** Whether {@code /get_files/render} answers for this type: static images, and ugoira (as an animation). */
    public boolean canRender() {
        return is(STATIC_IMAGE) || this == ANIMATION_UGOIRA;
    }

    public boolean canHaveThumbnail() {
        return is(THUMBNAIL);
    }

    public boolean hasPixelHash() {
        return is(PIXEL_HASH);
    }

    public boolean hasPerceptualHash() {
        return is(PERCEPTUAL_HASH);
    }

    /** Looks a type up by its hydrus number ({@code filetype_enum}). Group numbers are not types. */
    public static Optional<FileType> fromNumber(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    /**
     * Looks a type up by a mime string as hydrus's {@code mime_enum_lookup} does: exact (case-sensitive)
     * match against each type's mime and hydrus's aliases. The group words ({@code image},
     * {@code video}, {@code application}) are not types; see {@link FileTypeGroup#fromName}.
     */
    public static Optional<FileType> fromMime(String mime) {
        return mime == null ? Optional.empty() : Optional.ofNullable(BY_MIME.get(mime));
    }

    /** Every mime string hydrus's lookup knows, aliases included. */
    public static java.util.Set<String> knownMimes() {
        return java.util.Collections.unmodifiableSet(BY_MIME.keySet());
    }

    /** Looks a type up by its {@code filetype_human} name (exact match, as hydrus's string lookup). */
    public static Optional<FileType> fromHumanName(String humanName) {
        return humanName == null ? Optional.empty() : Optional.ofNullable(BY_HUMAN.get(humanName));
    }

    /**
     * The primary type stored under an extension (with or without the dot, any case): the lowest-numbered
     * type using it, so {@code .png} is png (not apng) and {@code .gif} is animated gif (3, not 68).
     * {@code .jpeg} and {@code .jpe} give jpeg. Undetermined rows are never returned.
     */
    public static Optional<FileType> fromExtension(String extension) {
        List<FileType> all = allWithExtension(extension);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every type using an extension, lowest number first. */
    public static List<FileType> allWithExtension(String extension) {
        if (extension == null || extension.isBlank()) {
            return List.of();
        }
        String ext = extension.strip().toLowerCase(Locale.ROOT);
        if (!ext.startsWith(".")) {
            ext = "." + ext;
        }
        return BY_EXTENSION.getOrDefault(ext, List.of());
    }
}
