package dev.hydrant.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hydrant.core.ByteKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Sessions live 24 hours after their last successful use (sliding), in memory only. */
class SessionRegistryTest {
    private static final ByteKey ACCESS = ByteKey.fromHex("aa".repeat(32));
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final SessionRegistry sessions = new SessionRegistry(clock, new SecureRandom());

    @Test
    void aNewSessionIs32RandomBytesAndMapsToItsAccessKey() {
        ByteKey one = sessions.create(ACCESS);
        ByteKey two = sessions.create(ACCESS);
        assertThat(one.length()).isEqualTo(32);
        assertThat(one).isNotEqualTo(two);
        assertThat(sessions.resolve(one)).contains(ACCESS);
        assertThat(sessions.resolve(two)).contains(ACCESS);
    }

    @Test
    void anUnknownSessionResolvesToNothing() {
        assertThat(sessions.resolve(ByteKey.fromHex("bb".repeat(32)))).isEmpty();
    }

    @Test
    void aSessionExpiresOneDayAfterItsLastUse() {
        ByteKey session = sessions.create(ACCESS);
        clock.advance(SessionRegistry.LIFETIME);
        assertThat(sessions.resolve(session)).as("exactly 24 h later: not yet passed").contains(ACCESS);
        clock.advance(SessionRegistry.LIFETIME.plusSeconds(1));
        assertThat(sessions.resolve(session)).as("24 h + 1 s after the last use").isEmpty();
    }

    @Test
    void everyUseSlidesTheExpiry() {
        ByteKey session = sessions.create(ACCESS);
        for (int day = 0; day < 5; day++) {
            clock.advance(Duration.ofHours(23));
            assertThat(sessions.resolve(session)).as("day %d", day).contains(ACCESS);
        }
        clock.advance(Duration.ofHours(24).plusMinutes(1));
        assertThat(sessions.resolve(session)).isEmpty();
    }

    @Test
    void anExpiredSessionIsForgottenEvenIfTheClockGoesBack() {
        ByteKey session = sessions.create(ACCESS);
        clock.advance(Duration.ofDays(2));
        assertThat(sessions.resolve(session)).isEmpty();
        clock.advance(Duration.ofDays(-2));
        assertThat(sessions.resolve(session)).isEmpty();
    }

    @Test
    void forgettingAnAccessKeyEndsOnlyItsSessions() {
        ByteKey other = ByteKey.fromHex("cc".repeat(32));
        ByteKey mine = sessions.create(ACCESS);
        ByteKey theirs = sessions.create(other);
        sessions.forgetAccessKey(ACCESS);
        assertThat(sessions.resolve(mine)).isEmpty();
        assertThat(sessions.resolve(theirs)).contains(other);
    }
}
