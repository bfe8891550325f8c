-- The system of record. Redis holds only caches and counters that can be rebuilt from these tables.

CREATE TABLE clients (
    client_id  uuid         NOT NULL PRIMARY KEY,
    login      varchar(256) NOT NULL,
    age        integer      NOT NULL CHECK (age BETWEEN 0 AND 150),
    location   varchar(256) NOT NULL,
    gender     varchar(6)   NOT NULL CHECK (gender IN ('MALE', 'FEMALE'))
);
COMMENT ON TABLE clients IS 'End users of client apps who are shown ads; loaded in bulk by integrations.';
COMMENT ON COLUMN clients.client_id IS 'Identifier chosen by the integration.';
COMMENT ON COLUMN clients.login IS 'Login in the client app; never written to logs.';
COMMENT ON COLUMN clients.age IS 'Age in years, 0..150; matched against campaign age targeting.';
COMMENT ON COLUMN clients.location IS 'Location, matched exactly (case included) against campaign location targeting.';
COMMENT ON COLUMN clients.gender IS 'MALE or FEMALE.';

CREATE TABLE advertisers (
    advertiser_id uuid         NOT NULL PRIMARY KEY,
    name          varchar(256) NOT NULL
);
COMMENT ON TABLE advertisers IS 'Businesses that pay for campaigns.';
COMMENT ON COLUMN advertisers.advertiser_id IS 'Identifier chosen by the integration.';
COMMENT ON COLUMN advertisers.name IS 'Display name.';

CREATE TABLE ml_scores (
    client_id     uuid   NOT NULL REFERENCES clients (client_id),
    advertiser_id uuid   NOT NULL REFERENCES advertisers (advertiser_id),
    score         bigint NOT NULL,
    PRIMARY KEY (client_id, advertiser_id)
);
COMMENT ON TABLE ml_scores IS 'Relevance of an advertiser to a client from the ML pipeline; a missing pair means unknown, not zero.';
COMMENT ON COLUMN ml_scores.client_id IS 'The client scored.';
COMMENT ON COLUMN ml_scores.advertiser_id IS 'The advertiser scored.';
COMMENT ON COLUMN ml_scores.score IS 'Unbounded integer, larger is more relevant.';

CREATE TABLE campaigns (
    campaign_id         uuid          NOT NULL PRIMARY KEY,
    advertiser_id       uuid          NOT NULL REFERENCES advertisers (advertiser_id),
    impressions_limit   integer       NOT NULL CHECK (impressions_limit >= 0),
    clicks_limit        integer       NOT NULL CHECK (clicks_limit >= 0 AND clicks_limit <= impressions_limit),
    cost_per_impression numeric       NOT NULL CHECK (cost_per_impression >= 0),
    cost_per_click      numeric       NOT NULL CHECK (cost_per_click >= 0),
    ad_title            varchar(256)  NOT NULL,
    ad_text             varchar(4096) NOT NULL,
    start_date          integer       NOT NULL CHECK (start_date >= 0),
    end_date            integer       NOT NULL CHECK (end_date >= start_date),
    target_gender       varchar(6)    CHECK (target_gender IN ('MALE', 'FEMALE', 'ALL')),
    target_age_from     integer       CHECK (target_age_from >= 0),
    target_age_to       integer       CHECK (target_age_to >= 0),
    target_location     varchar(256),
    image_key           varchar(512),
    created_at          timestamp with time zone NOT NULL DEFAULT clock_timestamp(),
    deleted_at          timestamp with time zone,
    CHECK (target_age_from IS NULL OR target_age_to IS NULL OR target_age_from <= target_age_to)
);
COMMENT ON TABLE campaigns IS 'Ad campaigns; deleted ones stay (soft delete) so that money spent on them stays in the statistics.';
COMMENT ON COLUMN campaigns.campaign_id IS 'Identifier chosen by the server; also the ad id.';
COMMENT ON COLUMN campaigns.advertiser_id IS 'Owner of the campaign.';
COMMENT ON COLUMN campaigns.impressions_limit IS 'Unique impressions bought; locked once the campaign has started.';
COMMENT ON COLUMN campaigns.clicks_limit IS 'Unique clicks bought, at most impressions_limit; locked once started.';
COMMENT ON COLUMN campaigns.cost_per_impression IS 'Price of one unique impression, exact decimal as sent; may change any time, applies to later events.';
COMMENT ON COLUMN campaigns.cost_per_click IS 'Price of one unique click, exact decimal as sent; may change any time, applies to later events.';
COMMENT ON COLUMN campaigns.ad_title IS 'Title shown to clients.';
COMMENT ON COLUMN campaigns.ad_text IS 'Text shown to clients.';
COMMENT ON COLUMN campaigns.start_date IS 'First day (simulation clock) the campaign runs; locked once reached.';
COMMENT ON COLUMN campaigns.end_date IS 'Last day (inclusive) the campaign runs; locked once started.';
COMMENT ON COLUMN campaigns.target_gender IS 'MALE, FEMALE or ALL; NULL does not restrict.';
COMMENT ON COLUMN campaigns.target_age_from IS 'Lowest client age shown, inclusive; NULL does not restrict.';
COMMENT ON COLUMN campaigns.target_age_to IS 'Highest client age shown, inclusive; NULL does not restrict.';
COMMENT ON COLUMN campaigns.target_location IS 'Exact client location shown; NULL does not restrict.';
COMMENT ON COLUMN campaigns.image_key IS 'Object key of the campaign image in the object store; NULL when none.';
COMMENT ON COLUMN campaigns.created_at IS 'Creation time; lists show the newest first.';
COMMENT ON COLUMN campaigns.deleted_at IS 'Deletion time; a deleted campaign is never served nor shown, but its ledger rows stay.';

CREATE INDEX campaigns_by_advertiser ON campaigns (advertiser_id, created_at DESC) WHERE deleted_at IS NULL;

CREATE TABLE simulation_clock (
    id          boolean NOT NULL PRIMARY KEY DEFAULT TRUE CHECK (id),
    current_day integer NOT NULL CHECK (current_day >= 0),
    version     bigint  NOT NULL
);
COMMENT ON TABLE simulation_clock IS 'The current day of the simulation clock: exactly one row.';
COMMENT ON COLUMN simulation_clock.id IS 'Always TRUE, so the table holds one row.';
COMMENT ON COLUMN simulation_clock.current_day IS 'The current day; starts at 0 and may also be set back.';
COMMENT ON COLUMN simulation_clock.version IS 'Grows on every change, so that caches never replace a newer day with an older one.';
INSERT INTO simulation_clock (id, current_day, version) VALUES (TRUE, 0, 0);

CREATE TABLE impressions (
    campaign_id uuid    NOT NULL REFERENCES campaigns (campaign_id),
    client_id   uuid    NOT NULL REFERENCES clients (client_id),
    day         integer NOT NULL,
    price       numeric NOT NULL,
    created_at  timestamp with time zone NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (campaign_id, client_id)
);
COMMENT ON TABLE impressions IS 'Ledger of unique impressions: the first show of a campaign to a client.';
COMMENT ON COLUMN impressions.campaign_id IS 'Campaign shown.';
COMMENT ON COLUMN impressions.client_id IS 'Client who saw it.';
COMMENT ON COLUMN impressions.day IS 'Simulation day of the show.';
COMMENT ON COLUMN impressions.price IS 'cost_per_impression charged at that moment.';
COMMENT ON COLUMN impressions.created_at IS 'Wall-clock time the event was recorded.';

CREATE TABLE clicks (
    campaign_id uuid    NOT NULL,
    client_id   uuid    NOT NULL,
    day         integer NOT NULL,
    price       numeric NOT NULL,
    created_at  timestamp with time zone NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (campaign_id, client_id),
    FOREIGN KEY (campaign_id, client_id) REFERENCES impressions (campaign_id, client_id)
);
COMMENT ON TABLE clicks IS 'Ledger of unique clicks; a click needs a prior impression of the same pair.';
COMMENT ON COLUMN clicks.campaign_id IS 'Campaign clicked.';
COMMENT ON COLUMN clicks.client_id IS 'Client who clicked.';
COMMENT ON COLUMN clicks.day IS 'Simulation day of the click.';
COMMENT ON COLUMN clicks.price IS 'cost_per_click charged at that moment.';
COMMENT ON COLUMN clicks.created_at IS 'Wall-clock time the event was recorded.';
