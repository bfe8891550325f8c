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
 * the scores (two arrays in the same order) and the seen and clicked campaigns come as arrays. It runs on every ad request, so its SQL is rendered once, here.
 */
public final class JooqClientProfiles implements ClientProfiles {
    private final DSLContext dsl;
    private final String sql;

    public JooqClientProfiles(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
        Field<UUID> client = param("client_id", UUID.class);
        this.sql = dsl.render(dsl.select(CLIENTS.LOGIN, CLIENTS.AGE, CLIENTS.LOCATION, CLIENTS.GENDER,
                        field(select(arrayAgg(ML_SCORES.ADVERTISER_ID).orderBy(ML_SCORES.ADVERTISER_ID)).from(ML_SCORES).where(ML_SCORES.CLIENT_ID.eq(client))),
                        field(select(arrayAgg(ML_SCORES.SCORE).orderBy(ML_SCORES.ADVERTISER_ID)).from(ML_SCORES).where(ML_SCORES.CLIENT_ID.eq(client))),
                        field(select(arrayAgg(IMPRESSIONS.CAMPAIGN_ID)).from(IMPRESSIONS).where(IMPRESSIONS.CLIENT_ID.eq(client))),
                        field(select(arrayAgg(CLICKS.CAMPAIGN_ID)).from(CLICKS).where(CLICKS.CLIENT_ID.eq(client))),
                        field(select(SIMULATION_CLOCK.CURRENT_DAY).from(SIMULATION_CLOCK)),
                        field(select(CAMPAIGNS_VERSION.VERSION).from(CAMPAIGNS_VERSION)))
                .from(CLIENTS)
                .where(CLIENTS.CLIENT_ID.eq(client)));
    }

    @Override
    public Optional<ClientProfile> find(UUID clientId) {
        Record row = dsl.resultQuery(sql, clientId, clientId, clientId, clientId, clientId).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        Client client = new Client(clientId, row.get(0, String.class), row.get(1, Integer.class),
                row.get(2, String.class), Gender.valueOf(row.get(3, String.class)));
        UUID[] advertisers = row.get(4, UUID[].class);
        Long[] scoreValues = row.get(5, Long[].class);
        Map<UUID, Long> scores = new HashMap<>();
        for (int i = 0; advertisers != null && i < advertisers.length; i++) {
            scores.put(advertisers[i], scoreValues[i]);
        }
        return Optional.of(new ClientProfile(client, scores, new ClientHistory(ids(row.get(6, UUID[].class)), ids(row.get(7, UUID[].class))),
                new MarketVersion(row.get(8, Integer.class), row.get(9, Long.class))));
    }

    private static Set<UUID> ids(UUID[] ids) {
        return ids == null ? Set.of() : Set.copyOf(List.of(ids));
    }
}
