package adengine.bot.conversation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every button the bot shows, with the short code its callback data starts with. Arguments follow
 * the code separated by ':'; a campaign id (36 characters) plus a code stays well under 64 bytes.
 */
public enum Action {
    BACK_MAIN("back_main", false),
    /** A button that only informs, such as a list's page counter: answered, and nothing changes. */
    NOOP("noop", false),
    /** Carries the data of a searchable list's first page: asks for a part of a name, then shows that list narrowed to it. */
    SEARCH("q", false),
    CAMPAIGNS("cl", false),
    ADVERTISER_CAMPAIGNS("ca", false),
    CAMPAIGN("c", false),
    /** A deleted campaign in the list of all: it can no longer be opened, so the press only says so. */
    DELETED_CAMPAIGN("cx", false),
    DELETE_CAMPAIGN("cd", false),
    DELETE_CONFIRMED("cdy", false),
    PAUSE_CAMPAIGN("cpp", false),
    RESUME_CAMPAIGN("cpr", false),
    DUPLICATE_CAMPAIGN("cdp", false),
    NEW_CAMPAIGN("cn", false),
    NEW_CAMPAIGN_FOR("cna", false),
    EDIT_CAMPAIGN("ce", false),
    EDIT_FIELD("cef", false),
    EDIT_GENDER("ceg", false),
    DRAFT_GENDER("dg", false),
    DRAFT_SKIP("ds", false),
    DRAFT_SKIP_TARGETING("dst", false),
    DRAFT_TODAY("dt", false),
    DRAFT_LOCATIONS("dlp", false),
    DRAFT_LOCATION("dlc", false),
    DRAFT_LOCATION_TYPED("dlt", false),
    DRAFT_GENERATE("dgt", false),
    DRAFT_USE_GENERATED("dgu", false),
    DRAFT_CREATE("dy", false),
    DRAFT_CHANGE("dc", false),
    DRAFT_CHANGE_FIELD("dcf", false),
    DRAFT_CANCEL("dx", false),
    DRAFT_DISCARD("dxy", false),
    DRAFT_CONTINUE("dxn", false),
    DRAFT_SUMMARY("dsm", false),
    IMAGES("il", false),
    IMAGE("i", false),
    IMAGE_VIEW("iv", false),
    IMAGE_DELETE("id", false),
    STATS("sl", false),
    STATS_ADVERTISER("sa", false),
    STATS_CAMPAIGN("sc", false),
    STATS_CAMPAIGNS("sac", false),
    STATS_EXPORT("sx", false),
    /** Carries the state to set, like {@link #MODERATION_SET}: the advertiser's daily digest on or off for the chat. */
    DIGEST_SET("sd", false),
    GENERATE("g", false),
    GENERATE_FOR("ga", false),
    GENERATE_ADVERTISERS("gap", false),
    GENERATE_MORE("gm", false),
    GENERATE_USE("gu", false),
    GENERATE_USE_PAGE("gup", false),
    MODERATION("m", true),
    /** Carries the state to set, not a flip: a stale button then still does what its label says. */
    MODERATION_SET("ms", true),
    TIME("t", true),
    TIME_ADVANCE("ta", true),
    INVITES("vl", true),
    INVITE_ADVERTISER("va", true),
    INVITE_CREATE("vc", true),
    INVITE_REVOKE("vr", true),
    CHAT_UNBIND("vu", true);

    private static final Map<String, Action> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(action -> action.code, Function.identity()));
    /**
     * The lists that may grow long enough to need a search: those of advertisers and of campaigns.
     * Not the pickers of text generation, where a typed text already means an advertiser's name.
     */
    private static final Set<Action> SEARCHABLE = EnumSet.of(CAMPAIGNS, ADVERTISER_CAMPAIGNS, NEW_CAMPAIGN, STATS, INVITES);
    static final char SEPARATOR = ':';

    private final String code;
    private final boolean adminOnly;

    Action(String code, boolean adminOnly) {
        this.code = code;
        this.adminOnly = adminOnly;
    }

    public boolean adminOnly() {
        return adminOnly;
    }

    /** Whether this action shows a list that «🔎 Search» may narrow ({@link ListSearch}). */
    public boolean searchable() {
        return SEARCHABLE.contains(this);
    }

    /** The callback data of this action with its arguments. */
    public String data(Object... args) {
        StringBuilder data = new StringBuilder(code);
        for (Object arg : args) {
            data.append(SEPARATOR).append(arg);
        }
        return data.toString();
    }

    public Button button(String text, Object... args) {
        return new Button(text, data(args));
    }

    static Optional<Action> byCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
