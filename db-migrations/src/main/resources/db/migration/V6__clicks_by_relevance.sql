-- The ranking learns how strongly ML scores predict clicks: every impression keeps the relevance
-- bin the decision saw (0 = the client had no score for the advertiser, 1..5 = the fifth of the
-- client's own scores it fell in), and each campaign's counter row counts impressions and clicks
-- per bin, written in the same step as the counts themselves. Events recorded before this version
-- stay out of the per-bin counts: their relevance was not kept.

ALTER TABLE impressions ADD COLUMN relevance_bin smallint NOT NULL DEFAULT 0;
COMMENT ON COLUMN impressions.relevance_bin IS 'Relevance bin the decision saw: 0 unscored, 1..5 the fifth of the client''s scores.';

ALTER TABLE campaign_counters ADD COLUMN impressions_by_relevance integer[] NOT NULL DEFAULT '{0,0,0,0,0,0}';
ALTER TABLE campaign_counters ADD COLUMN clicks_by_relevance integer[] NOT NULL DEFAULT '{0,0,0,0,0,0}';
COMMENT ON COLUMN campaign_counters.impressions_by_relevance IS 'Impressions per relevance bin (index 1 = bin 0), from version 6 on.';
COMMENT ON COLUMN campaign_counters.clicks_by_relevance IS 'Clicks per relevance bin of their impression (index 1 = bin 0), from version 6 on.';

/* [jooq ignore start] */
DROP FUNCTION record_events(uuid[], uuid[], integer[], boolean[]);
DROP FUNCTION record_impression(uuid, uuid, integer);
DROP FUNCTION record_click(uuid, uuid, integer);

CREATE FUNCTION record_impression(p_campaign uuid, p_client uuid, p_day integer, p_bin smallint,
                                  OUT outcome text, OUT impressions integer, OUT clicks integer)
LANGUAGE plpgsql AS $$
DECLARE
    v_price numeric;
BEGIN
    -- the primary key makes the impression unique per (campaign, client); the price is the current one
    INSERT INTO impressions (campaign_id, client_id, day, price, relevance_bin)
    SELECT c.campaign_id, p_client, p_day, c.cost_per_impression, p_bin
    FROM campaigns c
    WHERE c.campaign_id = p_campaign AND c.deleted_at IS NULL AND c.start_date <= p_day AND c.end_date >= p_day
    ON CONFLICT DO NOTHING
    RETURNING price INTO v_price;
    IF v_price IS NULL THEN
        outcome := CASE WHEN EXISTS (SELECT 1 FROM impressions i WHERE i.campaign_id = p_campaign AND i.client_id = p_client)
                        THEN 'seen' ELSE 'gone' END;
        RETURN;
    END IF;
    -- the counter row lock serialises the cap check of every instance: count + 1 < 1.05 x limit
    UPDATE campaign_counters cc
    SET impressions = cc.impressions + 1,
        impressions_by_relevance[p_bin + 1] = coalesce(cc.impressions_by_relevance[p_bin + 1], 0) + 1
    FROM campaigns c
    WHERE cc.campaign_id = p_campaign AND c.campaign_id = p_campaign
      AND 100 * (cc.impressions::bigint + 1) < 105 * c.impressions_limit::bigint
      AND cc.clicks < c.clicks_limit
    RETURNING cc.impressions, cc.clicks INTO impressions, clicks;
    IF NOT FOUND THEN
        DELETE FROM impressions i WHERE i.campaign_id = p_campaign AND i.client_id = p_client;
        SELECT cc.impressions, cc.clicks INTO impressions, clicks FROM campaign_counters cc WHERE cc.campaign_id = p_campaign;
        outcome := 'full';
        RETURN;
    END IF;
    INSERT INTO campaign_daily_stats AS d (campaign_id, day, impressions, spent_impressions)
    VALUES (p_campaign, p_day, 1, v_price)
    ON CONFLICT (campaign_id, day) DO UPDATE
    SET impressions = d.impressions + 1, spent_impressions = d.spent_impressions + excluded.spent_impressions;
    outcome := 'recorded';
END
$$;

CREATE FUNCTION record_click(p_campaign uuid, p_client uuid, p_day integer,
                             OUT outcome text, OUT impressions integer, OUT clicks integer)
LANGUAGE plpgsql AS $$
DECLARE
    v_price numeric;
    v_bin smallint;
BEGIN
    -- a click needs the pair's impression; the price is the current one
    INSERT INTO clicks (campaign_id, client_id, day, price)
    SELECT i.campaign_id, i.client_id, p_day, c.cost_per_click
    FROM impressions i JOIN campaigns c ON c.campaign_id = i.campaign_id
    WHERE i.campaign_id = p_campaign AND i.client_id = p_client
    ON CONFLICT DO NOTHING
    RETURNING price INTO v_price;
    IF v_price IS NULL THEN
        outcome := CASE WHEN EXISTS (SELECT 1 FROM impressions i WHERE i.campaign_id = p_campaign AND i.client_id = p_client)
                        THEN 'duplicate' ELSE 'not_shown' END;
        RETURN;
    END IF;
    SELECT i.relevance_bin INTO v_bin FROM impressions i WHERE i.campaign_id = p_campaign AND i.client_id = p_client;
    UPDATE campaign_counters cc
    SET clicks = cc.clicks + 1,
        clicks_by_relevance[v_bin + 1] = coalesce(cc.clicks_by_relevance[v_bin + 1], 0) + 1
    WHERE cc.campaign_id = p_campaign
    RETURNING cc.impressions, cc.clicks INTO impressions, clicks;
    INSERT INTO campaign_daily_stats AS d (campaign_id, day, clicks, spent_clicks)
    VALUES (p_campaign, p_day, 1, v_price)
    ON CONFLICT (campaign_id, day) DO UPDATE
    SET clicks = d.clicks + 1, spent_clicks = d.spent_clicks + excluded.spent_clicks;
    outcome := 'recorded';
END
$$;

-- Group commit: the events of many concurrent requests in one call and one transaction, so that
-- one WAL flush and one lock of each hot counter row serve them all. Results come in input order.
-- p_bins is read for impressions only.
CREATE FUNCTION record_events(p_campaigns uuid[], p_clients uuid[], p_days integer[], p_clicks boolean[], p_bins smallint[])
RETURNS TABLE (outcome text, impressions integer, clicks integer)
LANGUAGE plpgsql AS $$
BEGIN
    FOR i IN 1 .. coalesce(array_length(p_campaigns, 1), 0) LOOP
        IF p_clicks[i] THEN
            RETURN QUERY SELECT * FROM record_click(p_campaigns[i], p_clients[i], p_days[i]);
        ELSE
            RETURN QUERY SELECT * FROM record_impression(p_campaigns[i], p_clients[i], p_days[i], p_bins[i]);
        END IF;
    END LOOP;
END
$$;

COMMENT ON FUNCTION record_impression(uuid, uuid, integer, smallint) IS 'Records the first show of a campaign to a client with its relevance bin, the cap check, counters and daily aggregate in one step.';
COMMENT ON FUNCTION record_click(uuid, uuid, integer) IS 'Records the first click after a show with counters (per relevance bin too) and daily aggregate in one step.';
COMMENT ON FUNCTION record_events(uuid[], uuid[], integer[], boolean[], smallint[]) IS 'Records a batch of impressions and clicks in one transaction (group commit).';
/* [jooq ignore stop] */
