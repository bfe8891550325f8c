package adengine.core.testing;

import adengine.core.campaign.Campaign;
import adengine.core.campaign.CampaignRepository;
import adengine.core.campaign.CampaignScope;
import adengine.core.campaign.ListedCampaign;
import adengine.core.common.Page;
import adengine.core.common.PageRequest;
import adengine.core.common.SearchTerm;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** A fake campaign store for use-case tests; keeps insertion order, lists newest first, keeps deleted campaigns apart. */
public final class InMemoryCampaignRepository implements CampaignRepository {
    private final List<Campaign> campaigns = new ArrayList<>();
    private final Set<UUID> deleted = new HashSet<>();

    @Override
    public synchronized void insert(Campaign campaign) {
        campaigns.add(campaign);
    }

    @Override
    public synchronized Optional<Campaign> find(UUID advertiserId, UUID campaignId) {
        return live().filter(c -> c.advertiserId().equals(advertiserId) && c.campaignId().equals(campaignId)).findFirst();
    }

    @Override
    public synchronized Optional<Campaign> findById(UUID campaignId) {
        return live().filter(c -> c.campaignId().equals(campaignId)).findFirst();
    }

    @Override
    public synchronized Page<Campaign> page(UUID advertiserId, PageRequest request) {
        return Page.of(newestFirst(live().filter(c -> c.advertiserId().equals(advertiserId)).toList()), request);
    }

    @Override
    public synchronized Page<ListedCampaign> page(UUID advertiserId, CampaignScope scope, SearchTerm title, int today,
            PageRequest request) {
        List<ListedCampaign> listed = campaigns.stream()
                .filter(c -> c.advertiserId().equals(advertiserId) && title.matches(c.spec().adTitle()))
                .map(c -> new ListedCampaign(c, deleted.contains(c.campaignId())))
                .filter(c -> switch (scope) {
                    case ACTIVE -> !c.deleted() && c.campaign().spec().endDate() >= today;
                    case FINISHED -> !c.deleted() && c.campaign().spec().endDate() < today;
                    case ALL -> true;
                })
                .toList();
        return Page.of(newestFirst(listed), request);
    }

    @Override
    public synchronized Optional<Campaign> update(UUID advertiserId, UUID campaignId, UnaryOperator<Campaign> change) {
        return find(advertiserId, campaignId).map(current -> {
            Campaign changed = change.apply(current);
            campaigns.set(campaigns.indexOf(current), changed);
            return changed;
        });
    }

    @Override
    public synchronized boolean replaceImageKey(UUID campaignId, String expected, String key) {
        Optional<Campaign> current = findById(campaignId);
        if (current.isEmpty() || !Objects.equals(current.get().imageKey(), expected)) {
            return false;
        }
        Campaign campaign = current.get();
        campaigns.set(campaigns.indexOf(campaign), new Campaign(campaign.campaignId(), campaign.advertiserId(), campaign.spec(), key, campaign.paused()));
        return true;
    }

    @Override
    public synchronized boolean delete(UUID advertiserId, UUID campaignId) {
        return find(advertiserId, campaignId).map(campaign -> deleted.add(campaign.campaignId())).orElse(false);
    }

    private Stream<Campaign> live() {
        return campaigns.stream().filter(c -> !deleted.contains(c.campaignId()));
    }

    private static <T> List<T> newestFirst(List<T> inserted) {
        List<T> reversed = new ArrayList<>(inserted);
        Collections.reverse(reversed);
        return reversed;
    }
}
