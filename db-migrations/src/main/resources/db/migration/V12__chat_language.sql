-- A bound chat keeps the language the bot speaks in it, so that what the bot sends it unasked
-- (campaign notices) is in that language too: the language of the latest update in the chat,
-- as the bot answered it.

-- the bindings of earlier versions were told everything in Russian, the bot's default language
ALTER TABLE advertiser_chats ADD COLUMN language varchar(2) NOT NULL DEFAULT 'ru';
ALTER TABLE advertiser_chats ALTER COLUMN language DROP DEFAULT;
COMMENT ON COLUMN advertiser_chats.language IS 'The bot''s language in the chat (ISO 639-1: en, ru), from the latest update there; notices to the chat are written in it.';
