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
import adengine.core.ads.MarketVersion;
import adengine.core.client.Client;
import adengine.core.client.Gender;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * It runs on every ad request that finds no profile in memory, so its SQL is rendered once, here.
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
        UUID[] advertisers = row.get(SCORED);
        Long[] values = row.get(SCORES);
        Map<UUID, Long> scores = new HashMap<>();
        for (int i = 0; advertisers != null && i < advertisers.length; i++) {
            scores.put(advertisers[i], values[i]);
        }
        return Optional.of(new ClientProfile(client, scores, new ClientHistory(ids(row.get(SEEN)), ids(row.get(CLICKED))),
                row.get(CLIENTS.VERSION), new MarketVersion(row.get(DAY), row.get(CAMPAIGNS))));
    }

    private static Set<UUID> ids(UUID[] ids) {
        return ids == null ? Set.of() : Set.copyOf(List.of(ids));
    }
}
