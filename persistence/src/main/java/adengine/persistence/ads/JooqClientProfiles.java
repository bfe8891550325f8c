package adengine.persistence.ads;

import static adengine.persistence.schema.Tables.CLIENTS;
import static adengine.persistence.schema.Tables.ML_SCORES;

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

/** The client and its scores by one join. */
public final class JooqClientProfiles implements ClientProfiles {
    private final DSLContext dsl;

    public JooqClientProfiles(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    @Override
    public Optional<ClientProfile> find(UUID clientId) {
        Result<Record> rows = dsl.select(CLIENTS.asterisk(), ML_SCORES.ADVERTISER_ID, ML_SCORES.SCORE)
                .from(CLIENTS)
                .leftJoin(ML_SCORES).on(ML_SCORES.CLIENT_ID.eq(CLIENTS.CLIENT_ID))
                .where(CLIENTS.CLIENT_ID.eq(clientId))
                .fetch();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Record first = rows.get(0);
        Client client = new Client(clientId, first.get(CLIENTS.LOGIN), first.get(CLIENTS.AGE), first.get(CLIENTS.LOCATION),
                Gender.valueOf(first.get(CLIENTS.GENDER)));
        Map<UUID, Long> scores = new HashMap<>();
        rows.forEach(row -> {
            if (row.get(ML_SCORES.ADVERTISER_ID) != null) {
                scores.put(row.get(ML_SCORES.ADVERTISER_ID), row.get(ML_SCORES.SCORE));
            }
        });
        return Optional.of(new ClientProfile(client, scores));
    }
}
