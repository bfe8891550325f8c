package adengine.core.client;

import adengine.core.common.Validator;
import java.util.UUID;

/** An end user of a client app; also the command to upsert one. */
public record Client(UUID clientId, String login, Integer age, String location, Gender gender) {
    public static final int MAX_AGE = 150;

    public Client {
        new Validator()
                .require("client_id", clientId)
                .text("login", login, Validator.NAME_MAX_LENGTH)
                .range("age", age, 0, MAX_AGE)
                .text("location", location, Validator.NAME_MAX_LENGTH)
                .require("gender", gender)
                .throwIfInvalid();
    }
}
