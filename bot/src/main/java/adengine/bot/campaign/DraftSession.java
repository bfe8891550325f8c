package adengine.bot.campaign;

import adengine.bot.conversation.Dialog;
import adengine.bot.conversation.Session;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The creation dialog's part of a chat session: for which advertiser, the answers so far, whether
 * the next answer returns to the summary, and the text last generated for the ad.
 */
record DraftSession(UUID advertiserId, Map<DraftField, String> answers, boolean changing, String generated)
        implements Dialog {

    DraftSession {
        answers = Collections.unmodifiableMap(copy(answers));
    }

    static void begin(Session session, UUID advertiserId, Draft prefilled) {
        session.reset();
        session.dialog(new DraftSession(advertiserId, prefilled.values(), false, null));
    }

    static Optional<DraftSession> of(Session session) {
        return session.dialog(DraftSession.class);
    }

    /** The dialog of a session that is in it: any other is a state no creation step can be in. */
    static DraftSession in(Session session) {
        return of(session).orElseThrow(() -> new IllegalStateException("no campaign draft in " + session.state()));
    }

    Draft draft() {
        Draft draft = new Draft();
        answers.forEach(draft::put);
        return draft;
    }

    void answer(Session session, DraftField field, String value) {
        Map<DraftField, String> next = copy(answers);
        next.put(field, value);
        session.dialog(new DraftSession(advertiserId, next, changing, generated));
    }

    /** Skips every targeting question not answered yet, in one change, and goes on rather than back to the summary. */
    void skipUnansweredTargeting(Session session) {
        Map<DraftField, String> next = copy(answers);
        Arrays.stream(DraftField.values()).filter(DraftField::targeting).forEach(field -> next.putIfAbsent(field, Draft.SKIPPED));
        session.dialog(new DraftSession(advertiserId, next, false, generated));
    }

    /** Marks whether the next answered field returns to the summary instead of going on. */
    void changing(Session session, boolean next) {
        session.dialog(new DraftSession(advertiserId, answers, next, generated));
    }

    void generated(Session session, String text) {
        session.dialog(new DraftSession(advertiserId, answers, changing, text));
    }

    /** An EnumMap keeps the fields in the dialog's order; its copy constructor refuses an empty plain map. */
    private static Map<DraftField, String> copy(Map<DraftField, String> answers) {
        Map<DraftField, String> copy = new EnumMap<>(DraftField.class);
        copy.putAll(answers);
        return copy;
    }
}
