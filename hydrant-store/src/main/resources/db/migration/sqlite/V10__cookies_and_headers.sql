-- Cookies for the (future) downloader, grouped by second-level domain as hydrus does.
CREATE TABLE cookies (
    second_level_domain TEXT    NOT NULL,
    domain              TEXT    NOT NULL,
    path                TEXT    NOT NULL,
    name                TEXT    NOT NULL,
    value               TEXT    NOT NULL,
    expires             INTEGER,
    PRIMARY KEY (domain, path, name)
);
CREATE INDEX cookies_by_second_level_domain ON cookies (second_level_domain);

-- Custom HTTP headers per network context: '' is global, otherwise a domain.
CREATE TABLE custom_headers (
    context  TEXT    NOT NULL,
    name     TEXT    NOT NULL,
    value    TEXT    NOT NULL,
    approved TEXT    NOT NULL CHECK (approved IN ('approved', 'denied', 'pending')),
    reason   TEXT    NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (context, name)
);

-- A fresh hydrus client's global headers.
INSERT INTO custom_headers (context, name, value, approved, reason, position) VALUES
    ('', 'User-Agent', 'Mozilla/5.0 (compatible; Hydrus Client)', 'approved',
     'This is the default User-Agent identifier for the client for all network connections.', 1),
    ('', 'Accept', 'image/jpeg,image/png,image/*;q=0.9,*/*;q=0.8', 'approved',
     'Prefers jpeg/png over webp, but provides graceful fallback.', 2),
    ('', 'Cache-Control', 'no-transform', 'approved',
     'Tells CDNs not to deliver "optimised" versions of files. May not be honoured.', 3);
