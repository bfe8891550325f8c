/* [jooq ignore start] */
-- A batch first locks the counter rows it will update, in campaign order: two batches (of one or
-- several instances) then meet at the first campaign they share, before either holds the lock of
-- a ledger row the other needs, so they cannot deadlock. (V6 released the function without it.)
CREATE OR REPLACE FUNCTION record_events(p_campaigns uuid[], p_clients uuid[], p_days integer[], p_clicks boolean[], p_bins smallint[])
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
        ELSE
            RETURN QUERY SELECT * FROM record_impression(p_campaigns[i], p_clients[i], p_days[i], p_bins[i]);
        END IF;
    END LOOP;
END
$$;
/* [jooq ignore stop] */
