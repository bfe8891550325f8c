-- An advertiser may pause a campaign: a paused campaign is never shown, its window keeps running,
-- and resuming it shows it again. The ledger refuses an impression of a paused campaign ('gone'),
-- so no instance can show one whatever it keeps in memory.

ALTER TABLE campaigns ADD COLUMN paused boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN campaigns.paused IS 'Paused by its advertiser: never shown until resumed; its dates do not move.';

/* [jooq ignore start] */
CREATE OR REPLACE FUNCTION record_impression(p_campaign uuid, p_client uuid, p_day integer, p_bin smallint,
                                             OUT outcome text, OUT impressions integer, OUT clicks integer)
LANGUAGE plpgsql AS $$
DECLARE
    v_price numeric;
BEGIN
    -- the primary key makes the impression unique per (campaign, client); the price is the current one
    INSERT INTO impressions (campaign_id, client_id, day, price, relevance_bin)
    SELECT c.campaign_id, p_client, p_day, c.cost_per_impression, p_bin
    FROM campaigns c
    WHERE c.campaign_id = p_campaign AND c.deleted_at IS NULL AND NOT c.paused
      AND c.start_date <= p_day AND c.end_date >= p_day
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
/* [jooq ignore stop] */
