-- The keys that protect session cookies (ASP.NET Core data protection key ring, one XML element per key), in the
-- database so that every silo of a cluster accepts every silo's cookies and a backup of the database holds them.
CREATE TABLE session_keys (
    name      TEXT PRIMARY KEY,
    xml       TEXT NOT NULL,
    stored_at TEXT NOT NULL
);
