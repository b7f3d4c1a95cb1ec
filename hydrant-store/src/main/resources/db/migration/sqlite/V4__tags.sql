-- Tags are interned once: namespaces and subtags as texts, a tag as a (namespace, subtag) pair. Mappings and
-- relations refer to tag ids only. The empty namespace is a namespace like any other.
CREATE TABLE namespaces (
    namespace_id INTEGER PRIMARY KEY,
    namespace    TEXT    NOT NULL UNIQUE
);

CREATE TABLE subtags (
    subtag_id INTEGER PRIMARY KEY,
    subtag    TEXT    NOT NULL UNIQUE
);

CREATE TABLE tags (
    tag_id       INTEGER PRIMARY KEY,
    namespace_id INTEGER NOT NULL REFERENCES namespaces (namespace_id),
    subtag_id    INTEGER NOT NULL REFERENCES subtags (subtag_id),
    UNIQUE (namespace_id, subtag_id)
);

-- Free texts referred to by id (petition reasons).
CREATE TABLE texts (
    text_id INTEGER PRIMARY KEY,
    text    TEXT    NOT NULL UNIQUE
);

-- Mappings of real tag services (local tag domains and tag repositories), one table per status (hydrus's content
-- statuses: current, pending, deleted, petitioned). The primary key serves "files with this tag"; the second index
-- serves "tags of these files" (file_metadata) across services. hash_id is the file id of V3's hashes table; it has no
-- foreign key (hydrus keeps mappings for files it never had, and the check would cost every insert).
CREATE TABLE current_mappings (
    service_id INTEGER NOT NULL REFERENCES services (service_id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL,
    hash_id    INTEGER NOT NULL,
    PRIMARY KEY (service_id, tag_id, hash_id)
) WITHOUT ROWID;
CREATE INDEX current_mappings_by_file ON current_mappings (hash_id, service_id, tag_id);

CREATE TABLE pending_mappings (
    service_id INTEGER NOT NULL REFERENCES services (service_id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL,
    hash_id    INTEGER NOT NULL,
    PRIMARY KEY (service_id, tag_id, hash_id)
) WITHOUT ROWID;
CREATE INDEX pending_mappings_by_file ON pending_mappings (hash_id, service_id, tag_id);

CREATE TABLE deleted_mappings (
    service_id INTEGER NOT NULL REFERENCES services (service_id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL,
    hash_id    INTEGER NOT NULL,
    PRIMARY KEY (service_id, tag_id, hash_id)
) WITHOUT ROWID;
CREATE INDEX deleted_mappings_by_file ON deleted_mappings (hash_id, service_id, tag_id);

CREATE TABLE petitioned_mappings (
    service_id INTEGER NOT NULL REFERENCES services (service_id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL,
    hash_id    INTEGER NOT NULL,
    reason_id  INTEGER NOT NULL REFERENCES texts (text_id),
    PRIMARY KEY (service_id, tag_id, hash_id)
) WITHOUT ROWID;
CREATE INDEX petitioned_mappings_by_file ON petitioned_mappings (hash_id, service_id, tag_id);

-- Siblings (bad tag -> good tag) and parents (child tag -> parent tag) per tag service. Local tag domains hold
-- current pairs only; tag repositories also pending and petitioned ones (status as for mappings, 0-3).
CREATE TABLE tag_siblings (
    service_id  INTEGER NOT NULL REFERENCES services (service_id) ON DELETE CASCADE,
    status      INTEGER NOT NULL,
    bad_tag_id  INTEGER NOT NULL REFERENCES tags (tag_id),
    good_tag_id INTEGER NOT NULL REFERENCES tags (tag_id),
    reason_id   INTEGER REFERENCES texts (text_id),
    added_order INTEGER NOT NULL,  -- a bad tag keeps the first good tag it was given
    PRIMARY KEY (service_id, status, bad_tag_id, good_tag_id)
) WITHOUT ROWID;

CREATE TABLE tag_parents (
    service_id    INTEGER NOT NULL REFERENCES services (service_id) ON DELETE CASCADE,
    status        INTEGER NOT NULL,
    child_tag_id  INTEGER NOT NULL REFERENCES tags (tag_id),
    parent_tag_id INTEGER NOT NULL REFERENCES tags (tag_id),
    reason_id     INTEGER REFERENCES texts (text_id),
    added_order   INTEGER NOT NULL,
    PRIMARY KEY (service_id, status, child_tag_id, parent_tag_id)
) WITHOUT ROWID;
