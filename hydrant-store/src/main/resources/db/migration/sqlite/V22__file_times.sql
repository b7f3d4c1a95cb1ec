-- Times and viewing statistics beyond the file tables of V3 (which keep import, deletion, archive and file modified
-- times): the modified times web domains gave each file, and hydrus's file viewing statistics per canvas.

-- Web domains named by modified times, interned; ids give hydrus's order of time_modified_details.
CREATE TABLE modified_time_domains (
    domain_id INTEGER PRIMARY KEY,
    domain    TEXT    NOT NULL UNIQUE
);

CREATE TABLE file_domain_modified_times (
    hash_id     INTEGER NOT NULL REFERENCES hashes (hash_id),
    domain_id   INTEGER NOT NULL REFERENCES modified_time_domains (domain_id),
    modified_ms INTEGER NOT NULL,
    PRIMARY KEY (hash_id, domain_id)
) WITHOUT ROWID;

-- One row per file and canvas (0 media viewer, 1 preview viewer, 4 client api viewer) once it was viewed or set
-- there. last_viewed_ms is null only when a client sent a null timestamp.
CREATE TABLE file_viewing_stats (
    hash_id        INTEGER NOT NULL REFERENCES hashes (hash_id),
    canvas_type    INTEGER NOT NULL,
    last_viewed_ms INTEGER,
    views          INTEGER NOT NULL,
    viewtime_ms    INTEGER NOT NULL,
    PRIMARY KEY (hash_id, canvas_type)
) WITHOUT ROWID;
