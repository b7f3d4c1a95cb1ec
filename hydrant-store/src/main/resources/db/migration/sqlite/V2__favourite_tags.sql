-- The client's favourite tags (clean tags).
CREATE TABLE favourite_tags (
    tag TEXT PRIMARY KEY
);
