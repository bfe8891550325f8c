package adengine.bot.campaign;

import adengine.bot.conversation.Session;
import java.util.UUID;

/** The creation dialog's part of a chat session: the advertiser and the draft's fields. */
final class DraftSession {
    private static final String ADVERTISER = "advertiser";
    private static final String FIELD_PREFIX = "draft.";
    private static final String CHANGING = "changing";

    private DraftSession() {
    }

    static void begin(Session session, UUID advertiserId, Draft prefilled) {
        session.reset();
        session.put(ADVERTISER, advertiserId.toString());
        prefilled.values().forEach((field, value) -> put(session, field, value));
    }

    static boolean active(Session session) {
        return session.has(ADVERTISER);
    }

    static UUID advertiserId(Session session) {
        return UUID.fromString(session.get(ADVERTISER).orElseThrow());
    }

    static Draft draft(Session session) {
        Draft draft = new Draft();
        for (DraftField field : DraftField.values()) {
            session.get(FIELD_PREFIX + field.name()).ifPresent(value -> draft.put(field, value));
        }
        return draft;
    }

    static void put(Session session, DraftField field, String value) {
        session.put(FIELD_PREFIX + field.name(), value);
    }


    /** Marks that the next answered field returns to the summary instead of going on. */
    static void changing(Session session, boolean changing) {
        if (changing) {
            session.put(CHANGING, "1");
        } else {
            session.remove(CHANGING);
        }
    }

    static boolean changing(Session session) {
        return session.has(CHANGING);
    }
}
