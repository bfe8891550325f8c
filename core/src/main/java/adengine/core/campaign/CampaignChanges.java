package adengine.core.campaign;

/** Told when a campaign was created, changed or deleted here, so that whatever keeps campaigns in memory reloads them. */
public interface CampaignChanges {
    /**
     * A campaign was created, changed or deleted here: reload before the next decision. (Other
     * instances learn it from the campaigns' version they read with the client.)
     */
    void changed();
}
