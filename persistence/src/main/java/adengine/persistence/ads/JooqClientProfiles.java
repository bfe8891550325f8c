package adengine.persistence.ads;

import static adengine.persistence.schema.Tables.CLIENTS;
import static adengine.persistence.schema.Tables.ML_SCORES;
import static org.jooq.impl.DSL.param;

import adengine.core.ads.ClientProfile;
import adengine.core.ads.ClientProfiles;
import adengine.core.client.Client;
import adengine.core.client.Gender;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;

/**
 * The client and its scores by one join. It runs on every ad request, so its SQL is rendered
 * once, here, rather than by every call.
 */
public final class JooqClientProfiles implements ClientProfiles {
    private final DSLContext dsl;
    private final String sql;

    public JooqClientProfiles(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
        this.sql = dsl.render(dsl.select(CLIENTS.LOGIN, CLIENTS.AGE, CLIENTS.LOCATION, CLIENTS.GENDER,
                        ML_SCORES.ADVERTISER_ID, ML_SCORES.SCORE)
                .from(CLIENTS)
                .leftJoin(ML_SCORES).on(ML_SCORES.CLIENT_ID.eq(CLIENTS.CLIENT_ID))
                .where(CLIENTS.CLIENT_ID.eq(param("client_id", UUID.class))));
    }

    @Override
    public Optional<ClientProfile> find(UUID clientId) {
        Result<Record> rows = dsl.resultQuery(sql, clientId).fetch();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Record first = rows.get(0);
        Client client = new Client(clientId, first.get(0, String.class), first.get(1, Integer.class),
                first.get(2, String.class), Gender.valueOf(first.get(3, String.class)));
        Map<UUID, Long> scores = new HashMap<>();
        for (Record row : rows) {
            UUID advertiser = row.get(4, UUID.class);
            if (advertiser != null) {
                scores.put(advertiser, row.get(5, Long.class));
            }
        }
        return Optional.of(new ClientProfile(client, scores));
    }
}
