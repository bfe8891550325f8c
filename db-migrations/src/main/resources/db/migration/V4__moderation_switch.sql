CREATE TABLE moderation_switch (
    id      boolean NOT NULL PRIMARY KEY DEFAULT TRUE CHECK (id),
    enabled boolean NOT NULL,
    version bigint  NOT NULL
);
COMMENT ON TABLE moderation_switch IS 'Whether campaign texts are moderated: exactly one row, the truth behind the Redis cache.';
COMMENT ON COLUMN moderation_switch.id IS 'Always TRUE, so the table holds one row.';
COMMENT ON COLUMN moderation_switch.enabled IS 'Moderation of titles and texts is on; starts off.';
COMMENT ON COLUMN moderation_switch.version IS 'Grows on every toggle, so that caches never replace a newer state with an older one.';
INSERT INTO moderation_switch (id, enabled, version) VALUES (TRUE, FALSE, 0);
