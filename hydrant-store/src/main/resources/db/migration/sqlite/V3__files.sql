-- Every hash that has an id (hydrus's "hash ids", the Client API's file_id): imported files, pixel hashes and
-- ids made by create_new_file_ids. AUTOINCREMENT: an id is never reused, even after its row is gone.
CREATE TABLE hashes (
    hash_id INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256  BLOB    NOT NULL UNIQUE
);

-- What an imported file is. Kept after the file is physically deleted (hydrus does too).
CREATE TABLE files_info (
    hash_id           INTEGER PRIMARY KEY REFERENCES hashes (hash_id),
    size              INTEGER NOT NULL,
    filetype          INTEGER NOT NULL,  -- hydrus filetype number
    original_filetype INTEGER,           -- the sniffed type when the type was forced
    width             INTEGER,
    height            INTEGER,
    duration_ms       INTEGER,
    num_frames        INTEGER,
    num_words         INTEGER,
    has_audio         INTEGER,           -- null: not probed
    flags             INTEGER NOT NULL,  -- MediaFlags bit set
    blurhash          TEXT,
    pixel_hash_id     INTEGER REFERENCES hashes (hash_id),
    file_modified_ms  INTEGER
);

-- The other hashes of imported files, kept forever.
CREATE TABLE file_hashes (
    hash_id INTEGER PRIMARY KEY REFERENCES hashes (hash_id),
    md5     BLOB    NOT NULL,
    sha1    BLOB    NOT NULL,
    sha512  BLOB    NOT NULL
);
CREATE INDEX file_hashes_md5 ON file_hashes (md5);
CREATE INDEX file_hashes_sha1 ON file_hashes (sha1);
CREATE INDEX file_hashes_sha512 ON file_hashes (sha512);

-- File domain membership: current files of each file service (local domains, trash, hydrus local file storage,
-- combined local file domains) with the time each arrived, and deletion records.
CREATE TABLE current_files (
    service_id  INTEGER NOT NULL REFERENCES services (service_id) ON DELETE CASCADE,
    hash_id     INTEGER NOT NULL REFERENCES hashes (hash_id),
    imported_ms INTEGER NOT NULL,
    PRIMARY KEY (service_id, hash_id)
) WITHOUT ROWID;
CREATE INDEX current_files_hash_id ON current_files (hash_id);

CREATE TABLE deleted_files (
    service_id           INTEGER NOT NULL REFERENCES services (service_id) ON DELETE CASCADE,
    hash_id              INTEGER NOT NULL REFERENCES hashes (hash_id),
    deleted_ms           INTEGER,
    original_imported_ms INTEGER,
    PRIMARY KEY (service_id, hash_id)
) WITHOUT ROWID;
CREATE INDEX deleted_files_hash_id ON deleted_files (hash_id);

-- Why each file was last deleted.
CREATE TABLE file_deletion_reasons (
    hash_id INTEGER PRIMARY KEY REFERENCES hashes (hash_id),
    reason  TEXT    NOT NULL
);

-- The inbox (a row = in the inbox) and the last archive time of each file.
CREATE TABLE file_inbox (
    hash_id INTEGER PRIMARY KEY REFERENCES hashes (hash_id)
);

CREATE TABLE file_archived_times (
    hash_id     INTEGER PRIMARY KEY REFERENCES hashes (hash_id),
    archived_ms INTEGER NOT NULL
);

-- Files deleted from hydrus local file storage whose bytes are still to be removed from disk.
CREATE TABLE file_removal_queue (
    hash_id   INTEGER PRIMARY KEY REFERENCES hashes (hash_id),
    queued_ms INTEGER NOT NULL
);
