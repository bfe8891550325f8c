package adengine.core.common;

/**
 * Every rule core enforces on an input value, each a {@link Problem} code with the figures it
 * needs as arguments: the one rulebook the REST API and the bot word in their languages.
 */
public enum Rule implements Problem {
    REQUIRED("is required"),
    BLANK("must not be blank"),
    TOO_LONG("must be at most {0} characters"),
    NUL_CHARACTER("must not contain the NUL character"),
    LONE_SURROGATE("must be valid Unicode text (it contains a lone surrogate)"),
    AT_LEAST("must be at least {0}"),
    BETWEEN("must be between {0} and {1}"),
    NEGATIVE("must not be negative"),
    TOO_HIGH("must be at most {0}"),
    TOO_MANY_DECIMALS("must have at most {0} decimal places"),
    /** clicks_limit over impressions_limit */
    CLICKS_OVER_IMPRESSIONS("must not be greater than impressions_limit"),
    /** end_date before start_date */
    END_BEFORE_START("must not be before start_date"),
    /** targeting.age_from over targeting.age_to */
    AGE_FROM_OVER_AGE_TO("must not be greater than targeting.age_to"),
    /** {0}: the current day */
    START_IN_THE_PAST("must not be before the current day {0}"),
    /** {0}: the start day; a limit or a date of a campaign that started */
    LOCKED_AFTER_START("cannot change after the campaign started on day {0}"),
    /** {0}, {1}: the largest side; {2}, {3}: the image's width and height */
    IMAGE_SIDE_TOO_LONG("must be at most {0} × {1} pixels, is {2} × {3}"),
    /** {0}: the most pixels; {1}, {2}: width and height; {3}: their product */
    IMAGE_TOO_MANY_PIXELS("must have at most {0} pixels (e.g. 2048 × 2048), has {1} × {2} = {3}"),
    /** {0}: the word's first letter followed by asterisks, so the author finds it and it is never repeated */
    OBSCENE_WORD("contains an obscene word ({0})"),
    /** The language model's moderation; {0}: its short reason, in English */
    VULGAR("{0}"),
    INSULTING("{0}"),
    HATEFUL("{0}"),
    THREATENING("{0}"),
    SEXUAL("{0}"),
    INAPPROPRIATE("{0}"),
    TELEGRAM_USER_ID("must be a Telegram user id"),
    TELEGRAM_CHAT_ID("must be a Telegram chat id"),
    GROUP_CHAT("must be a group chat"),
    /** {0}: the token length */
    INVITE_TOKEN("must be {0} characters of A-Z a-z 0-9 _ -"),
    BOT_USERNAME("must be 5 to 32 characters of A-Z a-z 0-9 _"),
    /** a bound chat's language, as the bot names the ones it speaks */
    LANGUAGE_CODE("must be a two-letter ISO 639-1 code such as en"),
    /** {0}: the last day an int holds */
    LAST_DAY("is at its last day {0}"),
    /** the invite bound a chat already */
    INVITE_USED("was used already; remove the chat it bound instead"),
    /** advertiser_name when neither it nor advertiser_id is given */
    NAME_OR_ID_REQUIRED("or advertiser_id is required");

    private final String pattern;

    Rule(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public String pattern() {
        return pattern;
    }
}
