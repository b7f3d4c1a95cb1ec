package dev.hydrant.conformance;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The server a scenario is replayed against: where it listens, the access key to use (it must have every
 * permission), the sample media folder, and the per-request timeout (record.py uses 30 s).
 */
public record ReplayTarget(String host, int port, String accessKey, Path mediaDir, Duration timeout) {

    public ReplayTarget(String host, int port, String accessKey, Path mediaDir) {
        this(host, port, accessKey, mediaDir, Duration.ofSeconds(30));
    }
}
