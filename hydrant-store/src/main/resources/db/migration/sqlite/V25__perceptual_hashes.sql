-- Hydrus's 64-bit shape perceptual hashes ("similar files" data) of files in hydrus local file storage, as many as
-- the media analysis gave (a still image has zero or one). The hash is the big-endian 8 bytes read as a signed
-- 64-bit integer. Written in the import transaction; removed when the file leaves hydrus local file storage (hydrus
-- stops searching a physically deleted file). Files imported before this migration have none until
-- `hydrant maintenance regenerate-perceptual-hashes` recomputes them from the stored files.
-- The primary key serves the start-up load (file id order) and "hashes of this file".
CREATE TABLE perceptual_hashes (
    hash_id INTEGER NOT NULL REFERENCES hashes (hash_id),
    phash   INTEGER NOT NULL,
    PRIMARY KEY (hash_id, phash)
) WITHOUT ROWID;
