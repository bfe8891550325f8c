CREATE TABLE campaigns_version (
    id      boolean NOT NULL PRIMARY KEY DEFAULT TRUE CHECK (id),
    version bigint  NOT NULL
);
COMMENT ON TABLE campaigns_version IS 'Grows with every write to campaigns: exactly one row. The ad decision reads it with the client, so an instance knows in the same round trip whether its campaigns in memory are current.';
COMMENT ON COLUMN campaigns_version.id IS 'Always TRUE, so the table holds one row.';
COMMENT ON COLUMN campaigns_version.version IS 'Raised by the trigger campaigns_changed after every statement that writes campaigns.';
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

ALTER TABLE clients ADD COLUMN version bigint NOT NULL DEFAULT 0;
COMMENT ON COLUMN clients.version IS 'Grows with every change of the client or of its ML scores, so that an instance keeping the client in memory learns from the ledger whether it is still current.';

/* [jooq ignore start] */
CREATE FUNCTION client_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.version := OLD.version + 1;
    RETURN NEW;
END
$$;
CREATE TRIGGER client_changed BEFORE UPDATE ON clients
FOR EACH ROW EXECUTE FUNCTION client_changed();

-- once per statement, whatever the number of scores: a bulk load touches each client once
CREATE FUNCTION client_scores_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE clients c SET version = c.version + 1
    WHERE c.client_id IN (SELECT DISTINCT s.client_id FROM changed_scores s);
    RETURN NULL;
END
$$;
CREATE TRIGGER client_scores_inserted AFTER INSERT ON ml_scores
REFERENCING NEW TABLE AS changed_scores FOR EACH STATEMENT EXECUTE FUNCTION client_scores_changed();
CREATE TRIGGER client_scores_updated AFTER UPDATE ON ml_scores
REFERENCING NEW TABLE AS changed_scores FOR EACH STATEMENT EXECUTE FUNCTION client_scores_changed();
CREATE TRIGGER client_scores_deleted AFTER DELETE ON ml_scores
REFERENCING OLD TABLE AS changed_scores FOR EACH STATEMENT EXECUTE FUNCTION client_scores_changed();

-- An impression decided on a client kept in memory carries the versions it was decided on (the
-- client's, the day, the campaigns'); when one of them moved, nothing is written and the outcome
-- is 'stale': the instance decides again on a fresh read. Versions are NULL for decisions made on
-- a fresh read, which are recorded as they are.
DROP FUNCTION record_events(uuid[], uuid[], integer[], boolean[], smallint[]);
CREATE FUNCTION record_events(p_campaigns uuid[], p_clients uuid[], p_days integer[], p_clicks boolean[], p_bins smallint[],
                              p_client_versions bigint[], p_campaigns_versions bigint[])
RETURNS TABLE (outcome text, impressions integer, clicks integer)
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM campaign_counters cc
    WHERE cc.campaign_id = ANY (p_campaigns)
    ORDER BY cc.campaign_id
    FOR UPDATE;
    FOR i IN 1 .. coalesce(array_length(p_campaigns, 1), 0) LOOP
        IF p_clicks[i] THEN
            RETURN QUERY SELECT * FROM record_click(p_campaigns[i], p_clients[i], p_days[i]);
        ELSIF p_client_versions[i] IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM clients c, simulation_clock sc, campaigns_version cv
                WHERE c.client_id = p_clients[i] AND c.version = p_client_versions[i]
                  AND sc.current_day = p_days[i] AND cv.version = p_campaigns_versions[i]) THEN
            RETURN QUERY SELECT 'stale'::text, NULL::integer, NULL::integer;
        ELSE
            RETURN QUERY SELECT * FROM record_impression(p_campaigns[i], p_clients[i], p_days[i], p_bins[i]);
        END IF;
    END LOOP;
END
$$;
COMMENT ON FUNCTION record_events(uuid[], uuid[], integer[], boolean[], smallint[], bigint[], bigint[]) IS 'Records a batch of impressions and clicks in one transaction (group commit); an impression decided on versions that moved is not recorded (stale).';
/* [jooq ignore stop] */
