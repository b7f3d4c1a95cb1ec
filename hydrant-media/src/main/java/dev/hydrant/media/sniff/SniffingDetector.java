package dev.hydrant.media.sniff;

import dev.hydrant.core.files.FileTypeDetector;
import dev.hydrant.core.files.ImportRefusal;

import java.io.IOException;
import java.nio.file.Path;

/** The {@link FileTypeDetector} port over {@link FileTypeSniffer}, with hydrus's import refusals. */
public final class SniffingDetector implements FileTypeDetector {
    private final FileTypeSniffer sniffer;

    public SniffingDetector(FileTypeSniffer sniffer) {
        this.sniffer = sniffer;
    }

    @Override
    public Detection detect(Path file) throws IOException {
        SniffResult result = sniffer.sniff(file);
        return new Detection(result.fileType(), result.refusalReason().map(SniffingDetector::refusal).orElse(null));
    }

    private static ImportRefusal refusal(Refusal refusal) {
        return switch (refusal) {
            case ZERO_LENGTH -> ImportRefusal.zeroLength();
            case NOT_PERMITTED -> ImportRefusal.vetoed(refusal.note());
            case UNKNOWN_FILETYPE, LOOKS_LIKE_HTML, LOOKS_LIKE_JSON -> ImportRefusal.unsupported(refusal.note());
        };
    }
}
