-- Ratings as hydrus stores them. Like/dislike and numerical services keep a fraction in [0, 1] per file (like 1.0,
-- dislike 0.0, n stars a share of the service's scale, so changing the number of stars re-reads old ratings on the
-- new scale); inc/dec services an integer count, only when above zero. No row means no rating (a count of 0).
-- The primary key serves a service's ratings; the second index serves "ratings of these files" (file_metadata).
-- hash_id is the file id of V3's hashes table (hydrus rates files it does not have, so there is no foreign key).
CREATE TABLE local_ratings (
    service_id INTEGER NOT NULL REFERENCES services (service_id) ON DELETE CASCADE,
    hash_id    INTEGER NOT NULL,
    rating     REAL    NOT NULL CHECK (rating >= 0.0 AND rating <= 1.0),
    PRIMARY KEY (service_id, hash_id)
) WITHOUT ROWID;
CREATE INDEX local_ratings_by_file ON local_ratings (hash_id, service_id);

CREATE TABLE local_incdec_ratings (
    service_id INTEGER NOT NULL REFERENCES services (service_id) ON DELETE CASCADE,
    hash_id    INTEGER NOT NULL,
    rating     INTEGER NOT NULL CHECK (rating > 0),
    PRIMARY KEY (service_id, hash_id)
) WITHOUT ROWID;
CREATE INDEX local_incdec_ratings_by_file ON local_incdec_ratings (hash_id, service_id);
