-- The chats of an advertiser also hear, once, that a campaign reached its clicks limit: from then on
-- it is not shown at all.
/* [jooq ignore start] */
-- the constraint has PostgreSQL's generated name; code generation needs no checks
ALTER TABLE campaign_notices DROP CONSTRAINT campaign_notices_kind_check;
ALTER TABLE campaign_notices ADD CONSTRAINT campaign_notices_kind_check
    CHECK (kind IN ('LIMIT_REACHED', 'CLICKS_LIMIT_REACHED', 'ENDED'));
/* [jooq ignore stop] */
COMMENT ON COLUMN campaign_notices.kind IS 'LIMIT_REACHED (impressions reached impressions_limit), CLICKS_LIMIT_REACHED (clicks reached clicks_limit: no longer shown) or ENDED (the day after end_date came).';
