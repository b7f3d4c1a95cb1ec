package dev.hydrant.core.access;

import dev.hydrant.core.ByteKey;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Session keys, in memory only (lost on restart, as in hydrus). Each maps to the access key it was made from;
 * expiry slides: a session lives {@link #LIFETIME} after its last successful use.
 */
public final class SessionRegistry {
    public static final Duration LIFETIME = Duration.ofDays(1);

    private record Session(ByteKey sessionKey, ByteKey accessKey, Instant lastUsed) {
    }

    private final Map<ByteKey, Session> sessionsByDigest = new ConcurrentHashMap<>();
    private final Clock clock;
    private final SecureRandom random;

    public SessionRegistry(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    /** Makes a new 32-byte session key for an access key. */
    public ByteKey create(ByteKey accessKey) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        ByteKey sessionKey = ByteKey.of(bytes);
        sessionsByDigest.put(digest(sessionKey), new Session(sessionKey, accessKey, clock.instant()));
        return sessionKey;
    }

    /**
     * The access key behind a live session, refreshing its expiry; empty when the session is unknown or expired
     * (an expired session is forgotten).
     */
    public Optional<ByteKey> resolve(ByteKey sessionKey) {
        ByteKey digest = digest(sessionKey);
        Session session = sessionsByDigest.get(digest);
        if (session == null || !session.sessionKey().equalsConstantTime(sessionKey)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (session.lastUsed().plus(LIFETIME).isBefore(now)) {
            sessionsByDigest.remove(digest, session);
            return Optional.empty();
        }
        sessionsByDigest.put(digest, new Session(session.sessionKey(), session.accessKey(), now));
        return Optional.of(session.accessKey());
    }

    /** Forgets every session of an access key (used when the key is deleted). */
    public void forgetAccessKey(ByteKey accessKey) {
        sessionsByDigest.values().removeIf(s -> s.accessKey().equals(accessKey));
    }

    /**
     * Sessions are indexed by the SHA-256 of their key, so a hash-map lookup leaks nothing about the secret's
     * bytes; the final comparison is constant-time.
     */
    static ByteKey digest(ByteKey key) {
        try {
            return ByteKey.of(MessageDigest.getInstance("SHA-256").digest(key.bytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
