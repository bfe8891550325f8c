package adengine.core.campaign;

/** Which of an advertiser's campaigns a list shows, by where they stand on the current day. */
public enum CampaignScope {
    /** Not finished and not deleted: scheduled, running, paused, or with a limit reached. */
    ACTIVE,
    /** Past their last day, not deleted. */
    FINISHED,
    /** Every campaign, deleted ones included. */
    ALL
}
