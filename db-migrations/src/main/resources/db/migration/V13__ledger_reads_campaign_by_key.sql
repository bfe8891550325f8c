-- The ledger looked the campaign up with its liveness conditions in the same WHERE clause, so
-- while the table had no statistics yet (a fresh load, before autovacuum analysed it) the planner
-- could pick the day-window index and test every campaign of the day for each impression. The
-- campaign is now read by its primary key alone, with its limits, and its liveness tested after:
-- the same outcomes, and one index lookup per impression whatever the statistics say.

/* [jooq ignore start] */
CREATE OR REPLACE FUNCTION record_impression(p_campaign uuid, p_client uuid, p_day integer, p_bin smallint,
                                             OUT outcome text, OUT impressions integer, OUT clicks integer)
LANGUAGE plpgsql AS $$
DECLARE
    v_price numeric;
    v_impressions_limit integer;
    v_clicks_limit integer;
    v_live boolean;
BEGIN
    SELECT c.cost_per_impression, c.impressions_limit, c.clicks_limit,
           c.deleted_at IS NULL AND NOT c.paused AND c.start_date <= p_day AND c.end_date >= p_day
    INTO v_price, v_impressions_limit, v_clicks_limit, v_live
    FROM campaigns c
    WHERE c.campaign_id = p_campaign;
    IF v_live IS NOT TRUE THEN
        outcome := CASE WHEN EXISTS (SELECT 1 FROM impressions i WHERE i.campaign_id = p_campaign AND i.client_id = p_client)
                        THEN 'seen' ELSE 'gone' END;
        RETURN;
    END IF;
    -- the primary key makes the impression unique per (campaign, client); the price is the current one
    INSERT INTO impressions (campaign_id, client_id, day, price, relevance_bin)
    VALUES (p_campaign, p_client, p_day, v_price, p_bin)
    ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
        outcome := 'seen';
        RETURN;
    END IF;
    -- the counter row lock serialises the cap check of every instance: count + 1 < 1.05 x limit
    UPDATE campaign_counters cc
    SET impressions = cc.impressions + 1,
        impressions_by_relevance[p_bin + 1] = coalesce(cc.impressions_by_relevance[p_bin + 1], 0) + 1
    WHERE cc.campaign_id = p_campaign
      AND 100 * (cc.impressions::bigint + 1) < 105 * v_impressions_limit::bigint
      AND cc.clicks < v_clicks_limit
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
/* [jooq ignore stop] */
