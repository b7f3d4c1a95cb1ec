package dev.hydrant.conformance;

import java.time.Duration;

/** How a replay waits ({@code sleep}, {@code sleep_before}, poll intervals); tests may pass one that does not. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration d) throws InterruptedException;

    /** Really waits. */
    static Sleeper real() {
        return d -> Thread.sleep(d);
    }
}
