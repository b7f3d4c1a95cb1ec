package dev.hydrant.core.files;

import java.io.IOException;
import java.nio.file.Path;

/** The sniffing port: a file's type from its bytes with hydrus's rules (never from its name). */
public interface FileTypeDetector {
    /**
     * The type hydrus would give the file, and why an import would refuse it.
     *
     * @param refusal null when the file can be imported
     */
    record Detection(FileType type, ImportRefusal refusal) {
    }

    Detection detect(Path file) throws IOException;
}
