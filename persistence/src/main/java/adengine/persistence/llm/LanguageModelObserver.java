package adengine.persistence.llm;

/** Hears every call of the language model, for monitoring; must be fast and must not throw. */
public interface LanguageModelObserver {
    LanguageModelObserver NONE = (purpose, ok, nanos) -> {
    };

    /** A call for {@code purpose} ended, answered ({@code ok}) or failed, after {@code nanos}. */
    void called(Purpose purpose, boolean ok, long nanos);

    /** What the model was asked for. */
    enum Purpose {
        MODERATION, AD_TEXT
    }
}
