package dev.hydrant.core.files.importing;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.files.FileHasher;
import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.FileTypeDetector;
import dev.hydrant.core.files.MediaInspector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code generate_hashes}: a file's sha256, and for still images its perceptual hashes and pixel hash where the
 * media inspector computes them. Nothing is stored.
 */
public final class HashGenerator {
    /**
     * @param perceptualHashes empty when the type has none or they are not computed
     * @param pixelHash        null when the type has none or it is not computed
     */
    public record GeneratedHashes(ByteKey sha256, List<ByteKey> perceptualHashes, ByteKey pixelHash) {
    }

    private final FileTypeDetector detector;
    private final MediaInspector inspector;

    public HashGenerator(FileTypeDetector detector, MediaInspector inspector) {
        this.detector = detector;
        this.inspector = inspector;
    }

    /** @throws ApiException 400 "File is of zero length!" for an empty file (hydrus answers 500: deviation D3) */
    public GeneratedHashes generate(Path file) throws IOException {
        if (Files.size(file) == 0) {
            throw ApiException.badRequest("File is of zero length!");
        }
        ByteKey sha256 = FileHasher.hash(file).sha256();
        FileTypeDetector.Detection detection = detector.detect(file);
        FileType type = detection.type();
        if (detection.refusal() != null || !type.hasPixelHash()) {
            return new GeneratedHashes(sha256, List.of(), null);
        }
        MediaInspector.Analysis analysis;
        try {
            analysis = inspector.analyse(file, type, null);
        } catch (MediaInspector.DamagedMedia e) {
            return new GeneratedHashes(sha256, List.of(), null);
        }
        List<ByteKey> perceptual = type.hasPerceptualHash() ? analysis.perceptualHashes() : List.of();
        return new GeneratedHashes(sha256, perceptual, analysis.properties().pixelHash());
    }

    /** For a path a request named (hydrus's path checks apply). */
    public GeneratedHashes generate(String pathText) throws IOException {
        return generate(FileImporter.checkedSource(pathText));
    }
}
