package dev.hydrant.media.ffmpeg;

import dev.hydrant.media.DamagedMediaException;
import java.time.Duration;

/**
 * An external program ran past its time limit and was killed together with its children. For media
 * this means a damaged or hostile file, so it is a {@link DamagedMediaException}.
 */
public final class ProcessTimeoutException extends DamagedMediaException {

    private static final long serialVersionUID = 1L;

    private final Duration limit;

    public ProcessTimeoutException(String program, Duration limit) {
        super(program + " did not finish within " + limit.toSeconds() + " s and was stopped");
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }
}
