/** The Telegram bot: long polling, the conversation engine, menus, texts and charts over the core command layer. */
package adengine.bot;
