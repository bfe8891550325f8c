package adengine.api;

import adengine.api.access.InviteRoutes;
import adengine.api.ads.AdRoutes;
import adengine.api.advertiser.AdvertiserRoutes;
import adengine.api.campaign.CampaignRoutes;
import adengine.api.client.ClientRoutes;
import adengine.api.http.AdminAccess;
import adengine.api.http.AdminAuthentication;
import adengine.api.http.ErrorMapper;
import adengine.api.http.Json;
import adengine.api.http.MultipartFile;
import adengine.api.http.RequestMetering;
import adengine.api.http.RequestObserver;
import adengine.api.http.RouteTable;
import adengine.api.http.ServerLimits;
import adengine.api.http.SlowRoutes;
import adengine.api.http.SparkOnJetty;
import adengine.api.http.UnambiguousRequests;
import adengine.api.image.ImageRoutes;
import adengine.api.moderation.ModerationRoutes;
import adengine.api.ops.DocsRoutes;
import adengine.api.ops.HealthRoutes;
import adengine.api.score.MlScoreRoutes;
import adengine.api.simulation.SimulationControl;
import adengine.api.simulation.SimulationRoutes;
import adengine.api.stats.StatsRoutes;
import adengine.api.textgen.TextGenerationRoutes;
import adengine.api.time.TimeRoutes;
import adengine.core.UseCases;
import spark.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/** The REST API: one Spark instance (no static state), so several servers can run in one JVM. */
public final class ApiServer implements AutoCloseable {
    private static final int MAX_THREADS = 64;
    private static final int MIN_THREADS = 8;
    private static final int IDLE_TIMEOUT_MILLIS = 60_000;
    /** The routes that wait on the language model or the image store: behind the bulkhead. */
    private static final Set<String> SLOW_ROUTES = Set.of("POST /generate_ad_text", "POST /advertisers/{advertiserId}/campaigns",
            "PUT /advertisers/{advertiserId}/campaigns/{campaignId}", "POST /ads/{adId}/upload-image",
            "PUT /ads/{adId}/update-image", "DELETE /ads/{adId}/delete-image", "GET /ads/{adId}/image");

    private final Service http;

    private ApiServer(Service http) {
        this.http = http;
    }

    /**
     * Starts listening on {@code port} (0 picks a free one) and returns once requests are served;
     * every answer is reported to {@code observer}. Uploads in progress are buffered in
     * {@code uploadDirectory}.
     */
    public static ApiServer start(int port, String adminToken, ServerLimits limits, Path uploadDirectory, UseCases services,
            SimulationControl simulation, RequestObserver observer) {
        Objects.requireNonNull(services);
        Objects.requireNonNull(simulation);
        createDirectories(uploadDirectory);
        Json json = new Json();
        Service http = Service.ignite()
                .port(port)
                .threadPool(MAX_THREADS, MIN_THREADS, IDLE_TIMEOUT_MILLIS);
        SparkOnJetty.serve(http, json, limits);
        RouteTable routes = new RouteTable(http);
        new RequestMetering(observer, routes).register(http);
        new ErrorMapper(json, observer).register(http);
        new UnambiguousRequests().register(http);
        SparkOnJetty.refuseBodiesOverLimits(http);
        new AdminAuthentication(AdminAccess.of(adminToken), routes).register(http);
        new SlowRoutes(routes, SLOW_ROUTES).register(http);
        new HealthRoutes(services.health(), json).register(http);
        new DocsRoutes().register(http);
        new ClientRoutes(services.clients(), json).register(http);
        new AdvertiserRoutes(services.advertisers(), json).register(http);
        new MlScoreRoutes(services.scores(), json).register(http);
        new CampaignRoutes(services.campaigns(), json).register(http);
        new TimeRoutes(services.time(), json).register(http);
        new AdRoutes(services.ads(), json, observer).register(http);
        new StatsRoutes(services.stats(), json).register(http);
        new ImageRoutes(services.images(), json, new MultipartFile(uploadDirectory, limits.maxBodyBytes())).register(http);
        new ModerationRoutes(services.moderation(), json).register(http);
        new TextGenerationRoutes(services.texts(), json).register(http);
        new InviteRoutes(services.access(), json).register(http);
        new SimulationRoutes(simulation, json).register(http);
        http.init();
        http.awaitInitialization();
        routes.requireRegistered(SLOW_ROUTES);
        return new ApiServer(http);
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the upload folder " + directory, e);
        }
    }

    public int port() {
        return http.port();
    }

    @Override
    public void close() {
        http.stop();
        http.awaitStop();
    }
}
