-- File notes (hydrus's "local notes" service): per file, note name -> note text. Names and texts are interned once,
-- as hydrus interns its labels and notes. A name's id orders a file's notes (hydrus reads them back in that order).
CREATE TABLE note_names (
    name_id INTEGER PRIMARY KEY,
    name    TEXT    NOT NULL UNIQUE
);

-- A text is found by a SHA-256 of it (text_key, computed by the store) rather than by a unique index on the text
-- itself, so long notes are not stored twice (once in the table, once in the index).
CREATE TABLE note_texts (
    text_id  INTEGER PRIMARY KEY,
    text_key BLOB    NOT NULL UNIQUE,
    text     TEXT    NOT NULL
);

-- hash_id is the file id of V3's hashes table. No empty texts: setting an empty text removes the note. The primary
-- key serves "notes of these files" (file_metadata) in name order.
CREATE TABLE file_notes (
    hash_id INTEGER NOT NULL,
    name_id INTEGER NOT NULL REFERENCES note_names (name_id),
    text_id INTEGER NOT NULL REFERENCES note_texts (text_id),
    PRIMARY KEY (hash_id, name_id)
) WITHOUT ROWID;
