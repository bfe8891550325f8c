-- Who may use the Telegram bot for which advertiser, and what the bot has already told them.
-- Every instance reads these tables, so any of them can serve a chat.

CREATE TABLE bot_invites (
    token_hash    varchar(64) NOT NULL PRIMARY KEY,
    advertiser_id uuid        NOT NULL REFERENCES advertisers (advertiser_id),
    created_at    timestamp with time zone NOT NULL,
    expires_at    timestamp with time zone NOT NULL,
    used_at       timestamp with time zone,
    used_by_chat  bigint,
    CHECK (expires_at > created_at),
    CHECK (used_at IS NULL AND used_by_chat IS NULL OR used_at IS NOT NULL AND used_by_chat IS NOT NULL)
);
COMMENT ON TABLE bot_invites IS 'One-time invites that bind a Telegram chat to an advertiser; the token itself is never stored.';
COMMENT ON COLUMN bot_invites.token_hash IS 'SHA-256 of the invite token, lowercase hex; a leaked table yields no usable token.';
COMMENT ON COLUMN bot_invites.advertiser_id IS 'The advertiser the invite gives access to.';
COMMENT ON COLUMN bot_invites.created_at IS 'When the invite was created.';
COMMENT ON COLUMN bot_invites.expires_at IS 'The invite cannot be used from this time on.';
COMMENT ON COLUMN bot_invites.used_at IS 'When the invite was used; NULL while unused. Set once, by a conditional update.';
COMMENT ON COLUMN bot_invites.used_by_chat IS 'Telegram chat that used the invite; NULL while unused.';

CREATE TABLE advertiser_chats (
    chat_id       bigint NOT NULL,
    advertiser_id uuid   NOT NULL REFERENCES advertisers (advertiser_id),
    bound_at      timestamp with time zone NOT NULL,
    PRIMARY KEY (chat_id, advertiser_id)
);
COMMENT ON TABLE advertiser_chats IS 'Telegram chats allowed to manage an advertiser; a chat may manage several advertisers and an advertiser may have several chats.';
COMMENT ON COLUMN advertiser_chats.chat_id IS 'Telegram chat id (negative for groups).';
COMMENT ON COLUMN advertiser_chats.advertiser_id IS 'The advertiser the chat manages.';
COMMENT ON COLUMN advertiser_chats.bound_at IS 'When the chat first used an invite of the advertiser.';

-- campaign notices look up the chats of each advertiser
CREATE INDEX advertiser_chats_by_advertiser ON advertiser_chats (advertiser_id);

CREATE TABLE bot_admins (
    user_id    bigint NOT NULL PRIMARY KEY,
    claimed_at timestamp with time zone NOT NULL
);
COMMENT ON TABLE bot_admins IS 'Bot administrators who claimed the role with the one-time code logged at start; admins named in BOT_ADMIN_IDS are not stored.';
COMMENT ON COLUMN bot_admins.user_id IS 'Telegram user id.';
COMMENT ON COLUMN bot_admins.claimed_at IS 'When the role was claimed.';

CREATE TABLE bot_profile (
    id         boolean     NOT NULL PRIMARY KEY DEFAULT TRUE CHECK (id),
    username   varchar(32) NOT NULL,
    updated_at timestamp with time zone NOT NULL
);
COMMENT ON TABLE bot_profile IS 'The Telegram bot as last started: at most one row, so that every instance can build invite links.';
COMMENT ON COLUMN bot_profile.id IS 'Always TRUE, so the table holds at most one row.';
COMMENT ON COLUMN bot_profile.username IS 'The bot''s username without @, as in https://t.me/<username>.';
COMMENT ON COLUMN bot_profile.updated_at IS 'When the bot last recorded its username.';

CREATE TABLE campaign_notices (
    campaign_id uuid        NOT NULL REFERENCES campaigns (campaign_id),
    kind        varchar(32) NOT NULL CHECK (kind IN ('LIMIT_REACHED', 'ENDED')),
    sent_at     timestamp with time zone NOT NULL,
    PRIMARY KEY (campaign_id, kind)
);
COMMENT ON TABLE campaign_notices IS 'Notifications sent to the chats of a campaign''s advertiser; the primary key makes each kind go out once per campaign, whichever instance sends it.';
COMMENT ON COLUMN campaign_notices.campaign_id IS 'The campaign the notification is about.';
COMMENT ON COLUMN campaign_notices.kind IS 'LIMIT_REACHED (impressions reached impressions_limit) or ENDED (the day after end_date came).';
COMMENT ON COLUMN campaign_notices.sent_at IS 'When an instance claimed the notification for sending.';
