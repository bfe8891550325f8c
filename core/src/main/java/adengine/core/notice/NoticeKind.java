package adengine.core.notice;

/** Why the chats of an advertiser hear about a campaign; each kind is sent once per campaign. */
public enum NoticeKind {
    /** The campaign's impressions reached its impressions limit. */
    LIMIT_REACHED,
    /** The campaign's clicks reached its clicks limit: it is no longer shown. */
    CLICKS_LIMIT_REACHED,
    /** The campaign's last day is over. */
    ENDED
}
