-- Recording an event is the hot path of every ad decision and click: one function call, so one
-- round trip, commits the ledger row, the counters and the day's aggregate together. The caller
-- gets 'recorded' (with the campaign's new counts), 'seen' / 'duplicate', 'full' (with the counts
-- that refused it), 'gone' (the campaign does not run that day) or 'not_shown'.

/* [jooq ignore start] */
CREATE FUNCTION record_impression(p_campaign uuid, p_client uuid, p_day integer,
                                  OUT outcome text, OUT impressions integer, OUT clicks integer)
LANGUAGE plpgsql AS $$
DECLARE
    v_price numeric;
BEGIN
    -- the primary key makes the impression unique per (campaign, client); the price is the current one
    INSERT INTO impressions (campaign_id, client_id, day, price)
    SELECT c.campaign_id, p_client, p_day, c.cost_per_impression
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
    SET impressions = cc.impressions + 1
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
    UPDATE campaign_counters cc
    SET clicks = cc.clicks + 1
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
CREATE FUNCTION record_events(p_campaigns uuid[], p_clients uuid[], p_days integer[], p_clicks boolean[])
RETURNS TABLE (outcome text, impressions integer, clicks integer)
LANGUAGE plpgsql AS $$
BEGIN
    FOR i IN 1 .. coalesce(array_length(p_campaigns, 1), 0) LOOP
        IF p_clicks[i] THEN
            RETURN QUERY SELECT * FROM record_click(p_campaigns[i], p_clients[i], p_days[i]);
        ELSE
            RETURN QUERY SELECT * FROM record_impression(p_campaigns[i], p_clients[i], p_days[i]);
        END IF;
    END LOOP;
END
$$;

COMMENT ON FUNCTION record_impression(uuid, uuid, integer) IS 'Records the first show of a campaign to a client with the cap check, counters and daily aggregate in one step.';
COMMENT ON FUNCTION record_click(uuid, uuid, integer) IS 'Records the first click after a show with counters and daily aggregate in one step.';
COMMENT ON FUNCTION record_events(uuid[], uuid[], integer[], boolean[]) IS 'Records a batch of impressions and clicks in one transaction (group commit).';
/* [jooq ignore stop] */
