-- A bound chat keeps the language the bot speaks in it, so that what the bot sends it unasked
-- (campaign notices, the daily digest) is in that language too: the language of the latest update
-- in the chat, as the bot answered it. A bound chat may also switch on a daily digest of its
-- advertiser: each time the platform day advances, the figures of the day before, sent once per
-- chat and day whichever instance sends it.

-- the bindings of earlier versions were told everything in Russian, the bot's default language
ALTER TABLE advertiser_chats ADD COLUMN language varchar(2) NOT NULL DEFAULT 'ru';
ALTER TABLE advertiser_chats ALTER COLUMN language DROP DEFAULT;
COMMENT ON COLUMN advertiser_chats.language IS 'The bot''s language in the chat (ISO 639-1: en, ru), from the latest update there; notices to the chat are written in it.';

ALTER TABLE advertiser_chats ADD COLUMN digest_from_day integer;
COMMENT ON COLUMN advertiser_chats.digest_from_day IS 'The first day whose daily digest the chat gets (the day it switched the digest on); NULL while the digest is off.';

CREATE TABLE chat_digests (
    chat_id       bigint  NOT NULL,
    advertiser_id uuid    NOT NULL REFERENCES advertisers (advertiser_id),
    day           integer NOT NULL,
    sent_at       timestamp with time zone NOT NULL,
    PRIMARY KEY (chat_id, advertiser_id, day)
);
COMMENT ON TABLE chat_digests IS 'Daily digests sent; the primary key makes each go out once per chat, advertiser and day, whichever instance sends it, and a binding removed and made again does not get a day twice.';
COMMENT ON COLUMN chat_digests.chat_id IS 'Telegram chat id the digest went to.';
COMMENT ON COLUMN chat_digests.advertiser_id IS 'The advertiser whose figures it gave.';
COMMENT ON COLUMN chat_digests.day IS 'The day whose figures it gave (the day before the one that had just begun).';
COMMENT ON COLUMN chat_digests.sent_at IS 'When an instance claimed the digest for sending.';
