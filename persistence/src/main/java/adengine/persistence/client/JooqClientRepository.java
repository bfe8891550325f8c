package adengine.persistence.client;

import static adengine.persistence.schema.Tables.CLIENTS;
import static org.jooq.impl.DSL.excluded;

import adengine.core.client.Client;
import adengine.core.client.ClientLocation;
import adengine.core.client.ClientRepository;
import adengine.core.client.Gender;
import adengine.core.common.Page;
import adengine.core.common.PageRequest;
import adengine.core.common.SearchTerm;
import adengine.persistence.db.BulkTransaction;
import adengine.persistence.db.Chunks;
import adengine.persistence.db.SearchConditions;
import adengine.persistence.schema.tables.records.ClientsRecord;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep5;
import org.jooq.impl.DSL;

/** Clients in PostgreSQL. */
public final class JooqClientRepository implements ClientRepository {
    private final DSLContext dsl;

    public JooqClientRepository(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
    }

    @Override
    public void upsertAll(List<Client> clients) {
        BulkTransaction.run(dsl, tx -> Chunks.forEach(clients, 5, chunk -> {
            InsertValuesStep5<ClientsRecord, UUID, String, Integer, String, String> insert = tx
                    .insertInto(CLIENTS, CLIENTS.CLIENT_ID, CLIENTS.LOGIN, CLIENTS.AGE, CLIENTS.LOCATION, CLIENTS.GENDER);
            for (Client client : chunk) {
                insert = insert.values(client.clientId(), client.login(), client.age(), client.location(), client.gender().name());
            }
            insert.onConflict(CLIENTS.CLIENT_ID)
                    .doUpdate()
                    .set(CLIENTS.LOGIN, excluded(CLIENTS.LOGIN))
                    .set(CLIENTS.AGE, excluded(CLIENTS.AGE))
                    .set(CLIENTS.LOCATION, excluded(CLIENTS.LOCATION))
                    .set(CLIENTS.GENDER, excluded(CLIENTS.GENDER))
                    .execute();
        }));
    }

    @Override
    public Optional<Client> find(UUID clientId) {
        return dsl.selectFrom(CLIENTS)
                .where(CLIENTS.CLIENT_ID.eq(clientId))
                .fetchOptional(JooqClientRepository::toClient);
    }

    @Override
    public List<String> locationsLike(String location, int limit) {
        // case is compared here, not by lower() in SQL, which under the C locale folds ASCII letters only
        return dsl.selectDistinct(CLIENTS.LOCATION)
                .from(CLIENTS)
                .where(DSL.charLength(CLIENTS.LOCATION).eq(location.codePointCount(0, location.length())))
                .orderBy(CLIENTS.LOCATION)
                .fetch(CLIENTS.LOCATION).stream()
                .filter(location::equalsIgnoreCase)
                .limit(limit)
                .toList();
    }

    @Override
    public Page<ClientLocation> locations(SearchTerm term, PageRequest request) {
        Condition matching = SearchConditions.contains(CLIENTS.LOCATION, term);
        Field<Integer> clients = DSL.count();
        List<ClientLocation> items = dsl.select(CLIENTS.LOCATION, clients)
                .from(CLIENTS)
                .where(matching)
                .groupBy(CLIENTS.LOCATION)
                .orderBy(clients.desc(), CLIENTS.LOCATION)
                .limit(request.size())
                .offset(request.offset())
                .fetch(row -> new ClientLocation(row.value1(), row.value2()));
        return new Page<>(items, dsl.fetchCount(dsl.selectDistinct(CLIENTS.LOCATION).from(CLIENTS).where(matching)));
    }

    private static Client toClient(ClientsRecord row) {
        return new Client(row.getClientId(), row.getLogin(), row.getAge(), row.getLocation(), Gender.valueOf(row.getGender()));
    }
}
