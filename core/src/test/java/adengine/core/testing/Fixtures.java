package adengine.core.testing;

import adengine.core.advertiser.Advertiser;
import adengine.core.client.Client;
import adengine.core.client.Gender;
import java.util.UUID;

/** Valid domain objects with fresh ids, for tests that do not care about the details. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Client client() {
        return new Client(UUID.randomUUID(), "user@example.com", 30, "Moscow", Gender.MALE);
    }

    public static Advertiser advertiser() {
        return new Advertiser(UUID.randomUUID(), "Acme");
    }
}
