-- Services: tag services, file domains, rating services and hydrus's virtual/internal services.
CREATE TABLE services (
    service_id  INTEGER PRIMARY KEY,
    service_key BLOB    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    type        INTEGER NOT NULL,
    options     TEXT                      -- JSON, rating services only
);

-- Client API access keys. Looked up by the SHA-256 of the key, never by the secret itself.
CREATE TABLE access_keys (
    access_key_digest  BLOB    PRIMARY KEY,
    access_key         BLOB    NOT NULL,
    name               TEXT    NOT NULL,
    permits_everything INTEGER NOT NULL,
    basic_permissions  TEXT    NOT NULL,  -- JSON list of permission numbers
    search_tag_filter  TEXT    NOT NULL,  -- JSON list of [slice, "allow"|"block"]
    created_ms         INTEGER NOT NULL
);

-- The "add from api request" window (one row) and the requests it received.
CREATE TABLE permission_request_window (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    open_until_ms INTEGER NOT NULL
);

CREATE TABLE pending_permission_requests (
    access_key_digest  BLOB    PRIMARY KEY,
    access_key         BLOB    NOT NULL,
    name               TEXT    NOT NULL,
    permits_everything INTEGER NOT NULL,
    basic_permissions  TEXT    NOT NULL,
    requested_ms       INTEGER NOT NULL
);
