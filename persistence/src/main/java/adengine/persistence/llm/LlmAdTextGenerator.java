package adengine.persistence.llm;

import adengine.core.textgen.AdTextGenerator;
import adengine.persistence.llm.LanguageModelObserver.Purpose;
import java.util.Objects;

/** Ad texts written by a chat model. */
public final class LlmAdTextGenerator implements AdTextGenerator {
    static final String INSTRUCTIONS = """
            You write advertisement texts. Given an ad title and the advertiser's name, write one short,
            concrete and motivating ad text of one or two sentences (at most 300 characters), in the language
            of the title, with a clear benefit and a call to action. Answer with the text only, no quotes.""";

    private final LanguageModel model;

    public LlmAdTextGenerator(LanguageModel model) {
        this.model = Objects.requireNonNull(model);
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public String generate(String adTitle, String advertiserName) {
        return model.complete(Purpose.AD_TEXT, INSTRUCTIONS, "Ad title: " + adTitle + "\nAdvertiser: " + advertiserName, 200);
    }
}
