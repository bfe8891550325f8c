package adengine.persistence.ads;

import static adengine.persistence.schema.Tables.CAMPAIGNS_VERSION;
import static adengine.persistence.schema.Tables.CLICKS;
import static adengine.persistence.schema.Tables.CLIENTS;
import static adengine.persistence.schema.Tables.IMPRESSIONS;
import static adengine.persistence.schema.Tables.ML_SCORES;
import static adengine.persistence.schema.Tables.SIMULATION_CLOCK;
import static org.jooq.impl.DSL.arrayAgg;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;

import adengine.core.ads.ClientHistory;
import adengine.core.ads.ClientProfile;
import adengine.core.ads.ClientProfiles;
import adengine.core.ads.ClientScores;
import adengine.core.ads.MarketVersion;
import adengine.core.client.Client;
import adengine.core.client.Gender;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/**
 * The client, its scores and its history in one row, with the current day and campaigns' version:
 * the scores (two arrays in the same order) and the seen and clicked campaigns come as arrays.
 * It runs on every ad request that finds no profile in memory, so its SQL is rendered once, here;
 * the profiles it returns may be kept by the thousand, so the ids they name are shared instances.
 */
public final class JooqClientProfiles implements ClientProfiles {
    private static final Field<UUID> CLIENT = param("client_id", UUID.class);
    private static final Field<UUID[]> SCORED = field(select(arrayAgg(ML_SCORES.ADVERTISER_ID).orderBy(ML_SCORES.ADVERTISER_ID))
            .from(ML_SCORES).where(ML_SCORES.CLIENT_ID.eq(CLIENT))).as("scored");
    private static final Field<Long[]> SCORES = field(select(arrayAgg(ML_SCORES.SCORE).orderBy(ML_SCORES.ADVERTISER_ID))
            .from(ML_SCORES).where(ML_SCORES.CLIENT_ID.eq(CLIENT))).as("scores");
    private static final Field<UUID[]> SEEN = field(select(arrayAgg(IMPRESSIONS.CAMPAIGN_ID))
            .from(IMPRESSIONS).where(IMPRESSIONS.CLIENT_ID.eq(CLIENT))).as("seen");
    private static final Field<UUID[]> CLICKED = field(select(arrayAgg(CLICKS.CAMPAIGN_ID))
            .from(CLICKS).where(CLICKS.CLIENT_ID.eq(CLIENT))).as("clicked");
    private static final Field<Integer> DAY = field(select(SIMULATION_CLOCK.CURRENT_DAY).from(SIMULATION_CLOCK)).as("day");
    private static final Field<Long> CAMPAIGNS = field(select(CAMPAIGNS_VERSION.VERSION).from(CAMPAIGNS_VERSION)).as("campaigns");

    private final DSLContext dsl;
    private final String sql;
    private final List<Field<?>> fields;
    /** Advertiser and campaign ids, one instance each, however many kept profiles name them. */
    private final SharedIds sharedIds = new SharedIds();

    public JooqClientProfiles(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
        this.fields = List.of(CLIENTS.LOGIN, CLIENTS.AGE, CLIENTS.LOCATION, CLIENTS.GENDER, CLIENTS.VERSION,
                SCORED, SCORES, SEEN, CLICKED, DAY, CAMPAIGNS);
        this.sql = dsl.render(dsl.select(fields).from(CLIENTS).where(CLIENTS.CLIENT_ID.eq(CLIENT)));
    }

    @Override
    public Optional<ClientProfile> find(UUID clientId) {
        Record row = dsl.resultQuery(sql, clientId, clientId, clientId, clientId, clientId).coerce(fields).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        Client client = new Client(clientId, row.get(CLIENTS.LOGIN), row.get(CLIENTS.AGE), row.get(CLIENTS.LOCATION),
                Gender.valueOf(row.get(CLIENTS.GENDER)));
        return Optional.of(new ClientProfile(client, scores(row.get(SCORED), row.get(SCORES)),
                new ClientHistory(ids(row.get(SEEN)), ids(row.get(CLICKED))),
                row.get(CLIENTS.VERSION), new MarketVersion(row.get(DAY), row.get(CAMPAIGNS))));
    }

    private ClientScores scores(UUID[] advertisers, Long[] values) {
        if (advertisers == null) {
            return ClientScores.NONE;
        }
        long[] scores = new long[values.length];
        for (int i = 0; i < advertisers.length; i++) {
            advertisers[i] = sharedIds.of(advertisers[i]);
            scores[i] = values[i];
        }
        return new ClientScores(advertisers, scores);
    }

    private Set<UUID> ids(UUID[] ids) {
        if (ids == null) {
            return Set.of();
        }
        for (int i = 0; i < ids.length; i++) {
            ids[i] = sharedIds.of(ids[i]);
        }
        return Set.copyOf(Arrays.asList(ids));
    }
}
