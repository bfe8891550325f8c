-- Bot access can be taken back. Invites get an id of their own (their token is never stored, so
-- nothing else can name them) and may be revoked while unused. A binding remembers whether its chat
-- is a private chat or a group: a group's binding gives access only while an admin allows that
-- group, because everyone in a group, now or later, writes in its name.

-- the default gives the invites of earlier versions an id; the program names each new one itself
ALTER TABLE bot_invites ADD COLUMN invite_id uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE bot_invites ALTER COLUMN invite_id DROP DEFAULT;
ALTER TABLE bot_invites ADD CONSTRAINT bot_invites_invite_id_key UNIQUE (invite_id);
ALTER TABLE bot_invites ADD COLUMN revoked_at timestamp with time zone;
ALTER TABLE bot_invites ADD CONSTRAINT bot_invites_used_or_revoked CHECK (used_at IS NULL OR revoked_at IS NULL);
COMMENT ON COLUMN bot_invites.invite_id IS 'The invite''s own id, by which admins list and revoke it; the token is never shown again.';
COMMENT ON COLUMN bot_invites.revoked_at IS 'When an admin revoked the unused invite; NULL while not revoked. A revoked invite binds no chat.';

-- admins list the invites of one advertiser
CREATE INDEX bot_invites_by_advertiser ON bot_invites (advertiser_id);

ALTER TABLE advertiser_chats ADD COLUMN chat_type varchar(16) NOT NULL DEFAULT 'PRIVATE';
ALTER TABLE advertiser_chats ADD CONSTRAINT advertiser_chats_chat_type_check CHECK (chat_type IN ('PRIVATE', 'GROUP'));
/* [jooq ignore start] */
-- Telegram gives private chats the (positive) id of their user and groups negative ids
UPDATE advertiser_chats SET chat_type = 'GROUP' WHERE chat_id < 0;
/* [jooq ignore stop] */
ALTER TABLE advertiser_chats ALTER COLUMN chat_type DROP DEFAULT;
COMMENT ON COLUMN advertiser_chats.chat_type IS 'PRIVATE (a user''s chat with the bot) or GROUP (a group, supergroup or channel); a GROUP binding gives access only while the group is in bot_allowed_groups.';

CREATE TABLE bot_allowed_groups (
    chat_id    bigint NOT NULL PRIMARY KEY,
    allowed_by bigint NOT NULL,
    allowed_at timestamp with time zone NOT NULL
);
COMMENT ON TABLE bot_allowed_groups IS 'Group chats an admin allowed to use invites (with /allow_group in the group); only there do group bindings give access.';
COMMENT ON COLUMN bot_allowed_groups.chat_id IS 'Telegram chat id of the group (negative).';
COMMENT ON COLUMN bot_allowed_groups.allowed_by IS 'Telegram user id of the admin who allowed it.';
COMMENT ON COLUMN bot_allowed_groups.allowed_at IS 'When it was allowed.';

COMMENT ON TABLE bot_admins IS 'Bot administrators who claimed the role with the one-time code kept in the data folder (never logged); admins named in BOT_ADMIN_IDS are not stored.';
