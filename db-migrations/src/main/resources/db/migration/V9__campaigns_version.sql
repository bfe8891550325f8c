CREATE TABLE campaigns_version (
    id      boolean NOT NULL PRIMARY KEY DEFAULT TRUE CHECK (id),
    version bigint  NOT NULL
);
COMMENT ON TABLE campaigns_version IS 'Grows with every write to campaigns: exactly one row. The ad decision reads it with the client, so an instance knows in the same round trip whether its campaigns in memory are current.';
COMMENT ON COLUMN campaigns_version.id IS 'Always TRUE, so the table holds one row.';
INSERT INTO campaigns_version (id, version) VALUES (TRUE, 0);

/* [jooq ignore start] */
-- a trigger, not the repository: no write path (API, bot, image, a manual fix in psql) can forget it
CREATE FUNCTION campaigns_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE campaigns_version SET version = version + 1;
    RETURN NULL;
END
$$;
CREATE TRIGGER campaigns_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON campaigns
FOR EACH STATEMENT EXECUTE FUNCTION campaigns_changed();
/* [jooq ignore stop] */
