package adengine.api.testing;

import adengine.api.ApiServer;
import adengine.api.http.RequestObserver;
import adengine.api.http.ServerLimits;
import adengine.api.simulation.SimulationControl;
import adengine.core.UseCases;
import adengine.core.access.AccessService;
import adengine.core.ads.AdEventListener;
import adengine.core.ads.AdRanking;
import adengine.core.ads.AdSelector;
import adengine.core.ads.AdService;
import adengine.core.ads.ClientProfiles;
import adengine.core.ads.Ledger;
import adengine.core.ads.ProfileCache;
import adengine.core.advertiser.AdvertiserService;
import adengine.core.campaign.CampaignService;
import adengine.core.client.ClientService;
import adengine.core.health.HealthService;
import adengine.core.image.ImageService;
import adengine.core.image.ImageStore;
import adengine.core.moderation.ModerationService;
import adengine.core.notice.CampaignNoticeRepository;
import adengine.core.notice.CampaignNotices;
import adengine.core.notice.DailyDigests;
import adengine.core.notice.DigestRepository;
import adengine.core.moderation.wordlist.WordListModerator;
import adengine.core.score.MlScoreRepository;
import adengine.core.score.MlScoreService;
import adengine.core.stats.StatsService;
import adengine.core.testing.InMemoryAccessRepository;
import adengine.core.testing.InMemoryAdvertiserRepository;
import adengine.core.testing.InMemoryCampaignRepository;
import adengine.core.testing.InMemoryClaimCodeStore;
import adengine.core.testing.InMemoryClientRepository;
import adengine.core.testing.InMemoryModerationSwitch;
import adengine.core.testing.InMemoryStatsRepository;
import adengine.core.testing.NoLiveCampaigns;
import adengine.core.testing.SettableDay;
import adengine.core.testing.Unused;
import adengine.core.textgen.AdTextGenerator;
import adengine.core.textgen.TextGenerationService;
import adengine.core.time.TimeService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real {@link ApiServer} on a free port over core's in-memory fakes, started once for a test
 * class: {@code @RegisterExtension static final RouteServer server = new RouteServer();}. Clients,
 * advertisers, campaigns, statistics and the clock are kept in memory for the test to read and
 * arrange; the ports of the ads, scores, images, text generation, notices and the simulation are
 * {@link Unused}.
 */
public final class RouteServer implements BeforeAllCallback, AfterAllCallback {
    /** Sent by {@link #call} and {@link #request}; the server requires it on admin endpoints. */
    private static final String ADMIN_TOKEN = "route-test-token";

    private final InMemoryAdvertiserRepository advertisers = new InMemoryAdvertiserRepository();
    private final InMemoryClientRepository clients = new InMemoryClientRepository();
    private final InMemoryCampaignRepository campaigns = new InMemoryCampaignRepository();
    private final InMemoryStatsRepository stats = new InMemoryStatsRepository();
    private final SettableDay clock = new SettableDay();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ApiServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = ApiServer.start(0, ADMIN_TOKEN, ServerLimits.DEFAULT, Path.of("target", "route-test-uploads"), services(),
                Unused.port(SimulationControl.class), RequestObserver.NONE);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    private UseCases services() {
        AdvertiserService advertiserService = new AdvertiserService(advertisers);
        ClientService clientService = new ClientService(clients);
        ModerationService moderation = new ModerationService(new InMemoryModerationSwitch(), new WordListModerator());
        NoLiveCampaigns live = new NoLiveCampaigns();
        ImageService images = new ImageService(campaigns, Unused.port(ImageStore.class), live);
        return new UseCases(
                clientService,
                advertiserService,
                new MlScoreService(Unused.port(MlScoreRepository.class)),
                new CampaignService(campaigns, advertiserService, clock, live, images::forget, moderation),
                new TimeService(clock),
                new AdService(Unused.port(ClientProfiles.class), new ProfileCache(1), clientService, campaigns, live,
                        Unused.port(Ledger.class), clock, new AdSelector(new AdRanking()), AdEventListener.NONE),
                new StatsService(stats, advertiserService, clock),
                images,
                moderation,
                new TextGenerationService(Unused.port(AdTextGenerator.class), advertiserService, moderation),
                new AccessService(new InMemoryAccessRepository(advertisers), advertiserService, Clock.systemUTC(), Set.of(),
                        new InMemoryClaimCodeStore()),
                new CampaignNotices(Unused.port(CampaignNoticeRepository.class), clock, Clock.systemUTC()),
                new DailyDigests(Unused.port(DigestRepository.class), clock, Clock.systemUTC()),
                new HealthService(List.of()));
    }

    public InMemoryAdvertiserRepository advertisers() {
        return advertisers;
    }

    public InMemoryClientRepository clients() {
        return clients;
    }

    public InMemoryCampaignRepository campaigns() {
        return campaigns;
    }

    public InMemoryStatsRepository stats() {
        return stats;
    }

    public SettableDay clock() {
        return clock;
    }

    /** {@code method path} with the admin token and {@code body} sent as JSON, or no body when it is null. */
    public HttpResponse<String> call(String method, String path, String body) {
        HttpRequest.Builder request = request(path);
        if (body == null) {
            return send(request.method(method, BodyPublishers.noBody()));
        }
        return send(request.header("Content-Type", "application/json").method(method, BodyPublishers.ofString(body)));
    }

    /** A request to {@code path} carrying the admin token, for a test that sets the rest itself. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + ADMIN_TOKEN);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
