package adengine.core.campaign;

import adengine.core.common.Page;
import adengine.core.common.PageRequest;
import adengine.core.common.SearchTerm;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Storage of campaigns; deleted campaigns are invisible to every method but the list of a {@link CampaignScope}. */
public interface CampaignRepository {
    void insert(Campaign campaign);

    Optional<Campaign> find(UUID advertiserId, UUID campaignId);

    /** A campaign that is not deleted, by its id alone (the ad id), whoever owns it. */
    Optional<Campaign> findById(UUID campaignId);

    /** The advertiser's campaigns, newest first. */
    Page<Campaign> page(UUID advertiserId, PageRequest request);

    /** The advertiser's campaigns in {@code scope} on day {@code today} whose title matches {@code title}, newest first. */
    Page<ListedCampaign> page(UUID advertiserId, CampaignScope scope, SearchTerm title, int today, PageRequest request);

    /**
     * Applies {@code change} to the stored campaign under a row lock and stores the result, so
     * that checks made by {@code change} hold at write time. Exceptions from it abort the update.
     */
    Optional<Campaign> update(UUID advertiserId, UUID campaignId, UnaryOperator<Campaign> change);

    /**
     * Points the live campaign at another image object (or none), only if it still points at
     * {@code expected}; false when it does not (or the campaign is gone).
     */
    boolean replaceImageKey(UUID campaignId, String expected, String key);

    /** Marks the campaign deleted; false when there was no such campaign. */
    boolean delete(UUID advertiserId, UUID campaignId);
}
