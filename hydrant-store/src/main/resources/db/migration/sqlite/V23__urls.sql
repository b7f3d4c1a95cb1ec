-- Known URLs of files (hydrus's url_domains, urls and url_map). A URL text is interned once, with its domain (the
-- netloc, as hydrus records it: "unknown.com" for texts that are not full URLs) split out so that domain and URL
-- class predicates can start from the domains. URL rows stay when their last file loses them, as in hydrus.
CREATE TABLE url_domains (
    domain_id INTEGER PRIMARY KEY,
    domain    TEXT    NOT NULL UNIQUE
);

CREATE TABLE urls (
    url_id    INTEGER PRIMARY KEY,
    domain_id INTEGER NOT NULL REFERENCES url_domains (domain_id),
    url       TEXT    NOT NULL UNIQUE
);
CREATE INDEX urls_by_domain ON urls (domain_id);

-- One row per (file, URL). The primary key serves "URLs of these files" (file_metadata); the second index serves
-- "files of this URL" (get_url_files). hash_id is the file id of V3's hashes table; like the tag mappings it has no
-- foreign key (hydrus keeps the URLs of files it no longer has, and of hashes it never had).
CREATE TABLE url_map (
    hash_id INTEGER NOT NULL,
    url_id  INTEGER NOT NULL REFERENCES urls (url_id),
    PRIMARY KEY (hash_id, url_id)
) WITHOUT ROWID;
CREATE INDEX url_map_by_url ON url_map (url_id, hash_id);
