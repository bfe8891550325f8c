package adengine.app.simulation;

import adengine.core.advertiser.Advertiser;
import adengine.core.advertiser.AdvertiserService;
import adengine.core.campaign.Campaign;
import adengine.core.campaign.CampaignService;
import adengine.core.campaign.CampaignSpec;
import adengine.core.campaign.Targeting;
import adengine.core.client.Client;
import adengine.core.client.ClientService;
import adengine.core.client.Gender;
import adengine.core.common.Page;
import adengine.core.common.PageRequest;
import adengine.core.time.TimeService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Creates the simulation's clients, advertisers and campaigns through the same use cases as the
 * API, idempotently: clients and advertisers are upserted under their fixed ids, and a campaign is
 * created only when its advertiser has no running campaign of that title. Nothing else is touched.
 */
public final class SyntheticWorld {
    private static final String TITLE_PREFIX = "[simulation] ";
    private static final int CAMPAIGNS_PER_ADVERTISER = 2;
    private static final int DAYS = 365;
    private static final String LOCATION = "Simulation";

    private final ClientService clients;
    private final AdvertiserService advertisers;
    private final CampaignService campaigns;
    private final TimeService clock;

    public SyntheticWorld(ClientService clients, AdvertiserService advertisers, CampaignService campaigns, TimeService clock) {
        this.clients = Objects.requireNonNull(clients);
        this.advertisers = Objects.requireNonNull(advertisers);
        this.campaigns = Objects.requireNonNull(campaigns);
        this.clock = Objects.requireNonNull(clock);
    }

    void ensure() {
        List<UUID> clientIds = SyntheticTraffic.clientIds();
        List<Client> robots = new ArrayList<>();
        for (int i = 0; i < clientIds.size(); i++) {
            robots.add(new Client(clientIds.get(i), "sim-client-%04d".formatted(i + 1), 18 + i % 60, LOCATION,
                    i % 2 == 0 ? Gender.FEMALE : Gender.MALE));
        }
        clients.upsertAll(robots);
        List<UUID> advertiserIds = SyntheticTraffic.advertiserIds();
        List<Advertiser> names = new ArrayList<>();
        for (int i = 0; i < advertiserIds.size(); i++) {
            names.add(new Advertiser(advertiserIds.get(i), "Simulation advertiser " + (i + 1)));
        }
        advertisers.upsertAll(names);
        int today = clock.currentDay();
        for (int i = 0; i < advertiserIds.size(); i++) {
            ensureCampaigns(advertiserIds.get(i), i + 1, today);
        }
    }

    private void ensureCampaigns(UUID advertiserId, int advertiser, int today) {
        Set<String> running = runningTitles(advertiserId, today);
        for (int offer = 1; offer <= CAMPAIGNS_PER_ADVERTISER; offer++) {
            String title = TITLE_PREFIX + "Offer " + advertiser + "." + offer;
            if (!running.contains(title)) {
                campaigns.create(advertiserId, new CampaignSpec(1_000_000, 100_000,
                        new BigDecimal("0.05").multiply(BigDecimal.valueOf(offer)),
                        new BigDecimal("0.50").multiply(BigDecimal.valueOf(advertiser)),
                        title, "Synthetic traffic of the simulation, not a real offer", today, today + DAYS, Targeting.NONE));
            }
        }
    }

    private Set<String> runningTitles(UUID advertiserId, int today) {
        Set<String> titles = new HashSet<>();
        for (int number = 1; ; number++) {
            Page<Campaign> page = campaigns.list(advertiserId, new PageRequest(number, PageRequest.MAX_SIZE));
            page.items().stream()
                    .filter(campaign -> campaign.spec().startDate() <= today && campaign.spec().endDate() >= today)
                    .forEach(campaign -> titles.add(campaign.spec().adTitle()));
            if ((long) number * PageRequest.MAX_SIZE >= page.total()) {
                return titles;
            }
        }
    }
}
