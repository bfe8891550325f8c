package adengine.persistence.llm;

import adengine.core.common.Rule;
import adengine.core.common.UnavailableException;
import adengine.core.moderation.ModerationVerdict;
import adengine.core.moderation.TextModerator;
import adengine.persistence.llm.LanguageModelObserver.Purpose;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;

/** Moderation by a chat model asked for a strict JSON verdict; an unreadable verdict counts as no answer. */
public final class LlmModerator implements TextModerator {
    static final String INSTRUCTIONS = """
            You moderate advertisement texts for a family-friendly platform, in any language.
            Reject obscene or vulgar language (also disguised with digits, symbols or look-alike letters),
            insults, hate, threats and sexual content. Allow ordinary commercial texts.
            Answer with one JSON object and nothing else: {"allowed": true} or
            {"allowed": false, "category": "<vulgar|insulting|hateful|threatening|sexual|inappropriate>", "reason": "<short reason in English>"}.""";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Rule> CATEGORIES =
            List.of(Rule.VULGAR, Rule.INSULTING, Rule.HATEFUL, Rule.THREATENING, Rule.SEXUAL, Rule.INAPPROPRIATE);

    private final LanguageModel model;

    public LlmModerator(LanguageModel model) {
        this.model = Objects.requireNonNull(model);
    }

    @Override
    public ModerationVerdict check(String text) {
        String answer = model.complete(Purpose.MODERATION, INSTRUCTIONS, text, 100);
        try {
            JsonNode verdict = JSON.readTree(answer.substring(answer.indexOf('{'), answer.lastIndexOf('}') + 1));
            if (!verdict.path("allowed").isBoolean()) {
                throw new IllegalArgumentException("no boolean 'allowed'");
            }
            return verdict.get("allowed").booleanValue()
                    ? ModerationVerdict.allow()
                    : ModerationVerdict.reject(rule(verdict.path("category").asText()),
                            verdict.path("reason").asText("rejected by the language model"));
        } catch (Exception e) {
            throw new UnavailableException("the language model's verdict was not the JSON asked for", e);
        }
    }

    /** The category asked for, as the rule the author reads in their language; anything else is inappropriate. */
    private static Rule rule(String category) {
        return CATEGORIES.stream().filter(rule -> rule.code().equals(category)).findFirst().orElse(Rule.INAPPROPRIATE);
    }
}
