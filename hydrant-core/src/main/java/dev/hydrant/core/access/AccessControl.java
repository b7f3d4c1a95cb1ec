package dev.hydrant.core.access;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.error.ErrorKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Turns presented credentials into the access key record behind them and checks permissions, with hydrus's
 * statuses and messages: 403 for an unknown access key, 419 for an unknown or expired session, 419 too for a
 * session whose access key has since been deleted (deviation D6: hydrus answers 403 there, its docs say 419).
 */
public final class AccessControl {
    private final AccessKeyStore keys;
    private final SessionRegistry sessions;

    public AccessControl(AccessKeyStore keys, SessionRegistry sessions) {
        this.keys = keys;
        this.sessions = sessions;
    }

    public AccessKey authenticate(Credentials credentials) {
        return switch (credentials) {
            case Credentials.AccessKeyCredential c -> keys.find(c.key())
                    .filter(found -> found.key().equalsConstantTime(c.key()))
                    .orElseThrow(() -> ApiException.forbidden("Did not find an entry for that access key!"));
            case Credentials.SessionKeyCredential c -> {
                ByteKey accessKey = sessions.resolve(c.key()).orElseThrow(AccessControl::unknownSession);
                yield keys.find(accessKey).orElseThrow(AccessControl::unknownSession);
            }
        };
    }

    private static ApiException unknownSession() {
        return new ApiException(ErrorKind.SESSION_EXPIRED, "Did not find an entry for that session key!");
    }

    public ByteKey newSession(AccessKey key) {
        return sessions.create(key.key());
    }

    public static void require(AccessKey key, Permission permission) {
        if (!key.has(permission)) {
            throw ApiException.forbidden("You do not have permission to: " + permission.humanString());
        }
    }

    public static void requireAny(AccessKey key, Collection<Permission> permissions) {
        for (Permission p : permissions) {
            if (key.has(p)) {
                return;
            }
        }
        List<String> names = new ArrayList<>();
        for (Permission p : permissions) {
            names.add(p.humanString());
        }
        throw ApiException.forbidden("You need at least one these permissions: " + String.join(", ", names));
    }
}
