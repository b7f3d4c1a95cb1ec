package dev.hydrant.core.access;

import dev.hydrant.core.ByteKey;

/** What a request presented to prove who it is: an access key or a session key (never both; see the API layer). */
public sealed interface Credentials {
    record AccessKeyCredential(ByteKey key) implements Credentials {
    }

    record SessionKeyCredential(ByteKey key) implements Credentials {
    }
}
