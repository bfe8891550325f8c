-- Aggregates kept in the same transaction as each ledger row: caps are checked against them
-- atomically, and statistics read them instead of scanning the ledger.

CREATE TABLE campaign_counters (
    campaign_id       uuid    NOT NULL PRIMARY KEY REFERENCES campaigns (campaign_id),
    impressions       integer NOT NULL DEFAULT 0,
    clicks            integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE campaign_counters IS 'Delivery of each campaign so far; its row is locked while an event is recorded, which makes the cap check and the write one atomic step.';
COMMENT ON COLUMN campaign_counters.campaign_id IS 'The campaign; the row is created with the campaign.';
COMMENT ON COLUMN campaign_counters.impressions IS 'Unique impressions recorded; equals the campaign''s rows in impressions.';
COMMENT ON COLUMN campaign_counters.clicks IS 'Unique clicks recorded; equals the campaign''s rows in clicks.';

-- nothing wrote the ledger before this version, so existing campaigns start from zero
INSERT INTO campaign_counters (campaign_id) SELECT campaign_id FROM campaigns;

CREATE TABLE campaign_daily_stats (
    campaign_id       uuid    NOT NULL REFERENCES campaigns (campaign_id),
    day               integer NOT NULL,
    impressions       integer NOT NULL DEFAULT 0,
    clicks            integer NOT NULL DEFAULT 0,
    spent_impressions numeric NOT NULL DEFAULT 0,
    spent_clicks      numeric NOT NULL DEFAULT 0,
    PRIMARY KEY (campaign_id, day)
);
COMMENT ON TABLE campaign_daily_stats IS 'Per campaign and day: the sums of the ledger rows of that day, written with each row.';
COMMENT ON COLUMN campaign_daily_stats.campaign_id IS 'The campaign.';
COMMENT ON COLUMN campaign_daily_stats.day IS 'Simulation day of the events.';
COMMENT ON COLUMN campaign_daily_stats.impressions IS 'Unique impressions recorded that day.';
COMMENT ON COLUMN campaign_daily_stats.clicks IS 'Unique clicks recorded that day.';
COMMENT ON COLUMN campaign_daily_stats.spent_impressions IS 'Exact sum of the impression prices charged that day.';
COMMENT ON COLUMN campaign_daily_stats.spent_clicks IS 'Exact sum of the click prices charged that day.';

-- a client's history (seen and clicked campaigns) is read on every ad decision
CREATE INDEX impressions_by_client ON impressions (client_id, campaign_id);
CREATE INDEX clicks_by_client ON clicks (client_id, campaign_id);
-- the live campaigns of a day are reloaded often
CREATE INDEX campaigns_live_by_window ON campaigns (start_date, end_date) WHERE deleted_at IS NULL;
