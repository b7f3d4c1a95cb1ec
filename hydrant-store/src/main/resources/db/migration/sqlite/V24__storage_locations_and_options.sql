-- Where client files may live (hydrus's "migrate database" locations): each folder holds prefix folders directly.
-- Paths inside the data folder are stored relative to it.
CREATE TABLE storage_locations (
    path          TEXT    PRIMARY KEY,
    position      INTEGER NOT NULL,  -- the order locations were added in
    ideal_weight  INTEGER NOT NULL,
    max_num_bytes INTEGER            -- null: no limit
);

-- The location holding each prefix folder (f00..fff, t00..tff); every prefix has exactly one row.
CREATE TABLE storage_prefixes (
    prefix TEXT PRIMARY KEY,
    path   TEXT NOT NULL
) WITHOUT ROWID;

-- Prefix moves in progress, so a crash in the middle of one is finished or undone at the next start.
CREATE TABLE storage_moves (
    prefix    TEXT    PRIMARY KEY,
    from_path TEXT    NOT NULL,
    to_path   TEXT    NOT NULL,
    switched  INTEGER NOT NULL  -- 1: the prefix already points at to_path
) WITHOUT ROWID;

-- Server options set with `hydrant options set` (absent: the default).
CREATE TABLE server_options (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
