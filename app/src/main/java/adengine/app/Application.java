package adengine.app;

import adengine.api.ApiServer;
import adengine.api.ApiServices;
import adengine.core.advertiser.AdvertiserService;
import adengine.core.campaign.CampaignService;
import adengine.core.client.ClientService;
import adengine.core.health.HealthService;
import adengine.core.score.MlScoreService;
import adengine.core.time.SimulationClock;
import adengine.core.time.TimeService;
import adengine.persistence.advertiser.JooqAdvertiserRepository;
import adengine.persistence.campaign.JooqCampaignRepository;
import adengine.persistence.client.JooqClientRepository;
import adengine.persistence.db.Database;
import adengine.persistence.db.DatabaseProbe;
import adengine.persistence.objectstore.ObjectStoreProbe;
import adengine.persistence.objectstore.ObjectStores;
import adengine.persistence.redis.Redis;
import adengine.persistence.redis.RedisProbe;
import adengine.persistence.score.JooqMlScoreRepository;
import adengine.persistence.time.CachedSimulationClock;
import io.minio.MinioClient;
import java.util.List;
import org.jooq.DSLContext;
import org.redisson.api.RedissonClient;

/** The whole program wired by constructors: infrastructure, use cases and the REST API. */
public final class Application implements AutoCloseable {
    private final Resources resources;
    private final ApiServer api;

    private Application(Resources resources, ApiServer api) {
        this.resources = resources;
        this.api = api;
    }

    public static Application start(AppConfig config) {
        Resources resources = new Resources();
        try {
            ResolvedInfrastructure infrastructure = ResolvedInfrastructure.resolve(config, resources);
            Database database = resources.add(Database.open(infrastructure.database()));
            RedissonClient redisson = Redis.connect(infrastructure.redis());
            resources.add(redisson::shutdown);
            MinioClient minio = ObjectStores.connect(infrastructure.objectStore());
            DSLContext dsl = database.dsl();

            SimulationClock clock = new CachedSimulationClock(dsl, redisson);
            AdvertiserService advertisers = new AdvertiserService(new JooqAdvertiserRepository(dsl));
            ApiServices services = new ApiServices(
                    new ClientService(new JooqClientRepository(dsl)),
                    advertisers,
                    new MlScoreService(new JooqMlScoreRepository(dsl)),
                    new CampaignService(new JooqCampaignRepository(dsl), advertisers, clock),
                    new TimeService(clock),
                    new HealthService(List.of(
                            new DatabaseProbe(dsl),
                            new RedisProbe(redisson),
                            new ObjectStoreProbe(minio, infrastructure.objectStore().bucket()))));
            ApiServer api = resources.add(ApiServer.start(config.port(), config.adminToken(), services));
            return new Application(resources, api);
        } catch (RuntimeException e) {
            resources.close();
            throw e;
        }
    }

    public int port() {
        return api.port();
    }

    @Override
    public void close() {
        resources.close();
    }
}
