package adengine.bot.conversation;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What one dialog remembers between turns, a record of its flow's own (the campaign draft, the
 * campaign whose image is awaited), instead of loose string keys that any flow could misread.
 * It is stored with the session under its class name, which Jackson accepts only for a Dialog; a
 * renamed record makes a stored dialog unreadable, and that user starts over (sessions live a day).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
public interface Dialog {
}
