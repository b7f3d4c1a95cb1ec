package dev.hydrant.app;

import java.util.Set;

/**
 * The Content-Type values a POST body may carry (hydrus's mime table): JSON and CBOR for arguments, every file
 * mime hydrus knows for raw uploads. Anything else is a 400.
 */
final class RecognisedContentTypes {
    static final Set<String> ALL = Set.of(
            "application/json", "application/cbor", "application/octet-stream", "application/x-yaml", "text/html",
            "text/plain", "text/css", "application/xml",
            "image/jpeg", "image/jpg", "image/png", "image/apng", "image/gif", "image/bmp", "image/webp", "image/tiff",
            "image/x-icon", "image/vnd.microsoft.icon", "image/svg+xml", "image/heif", "image/heif-sequence",
            "image/heic", "image/heic-sequence", "image/avif", "image/avif-sequence", "image/jxl", "image/qoi",
            "image/vnd.adobe.photoshop", "image/x-photoshop", "application/x-krita", "application/clip",
            "image/x-xcf", "application/x-procreate", "application/x-shockwave-flash", "application/pdf",
            "application/epub+zip", "application/x-cbz", "application/zip", "application/vnd.rar",
            "application/x-rar-compressed", "application/x-7z-compressed", "application/gzip",
            "application/x-gzip", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation", "application/vnd.oasis.opendocument.graphics",
            "application/rtf", "application/x-hydrus-update", "application/x-hydrus-encrypted-zip",
            "audio/mp3", "audio/mpeg", "audio/mp4", "audio/ogg", "audio/flac", "audio/x-wav", "audio/wav",
            "audio/x-ms-wma", "audio/vnd.rn-realaudio", "audio/x-tta", "audio/x-matroska", "audio/webm",
            "audio/x-ape", "audio/x-wavpack",
            "video/mp4", "video/webm", "video/x-matroska", "video/quicktime", "video/x-msvideo", "video/x-flv",
            "video/x-ms-wmv", "video/mpeg", "video/ogg", "video/vnd.rn-realvideo", "video/realvideo",
            // the rest of hydrus's mime_enum_lookup keys, including its odd ones (a client sending these gets a
            // raw upload from hydrus, not a 400)
            "collection", "image/jpe", "image/x-png", "image", "application/x-photoshop",
            "application/vnd.adobe.photoshop", "application/sai2", "image/vnd.paint.net", "application/x-paintnet",
            "PDF document", "application/msword", "application/vnd.ms-word", "application/vnd.ms-excel",
            "application/msexcel", "application/vnd.ms-powerpoint", "application/powerpoint",
            "application/mspowerpoint", "image/vnd.djvu", "image/vnd.djvu+multipage", "image/x-djvu", "text/rtf",
            "application/vnd.comicbook+zip", "application/hydrus-encrypted-zip", "application/hydrus-update-content",
            "application/hydrus-update-definitions", "application", "audio/wave", "audio/wavpack",
            "application/vnd.rn-realmedia", "video", "application/x-ole-storage", "unknown filetype");

    private RecognisedContentTypes() {
    }
}
