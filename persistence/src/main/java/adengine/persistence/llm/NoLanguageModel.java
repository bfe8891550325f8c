package adengine.persistence.llm;

import adengine.core.common.UnavailableException;
import adengine.core.textgen.AdTextGenerator;

/** What generation does when no model is configured: a clear 503. */
public final class NoLanguageModel implements AdTextGenerator {
    @Override
    public boolean available() {
        return false;
    }

    @Override
    public String generate(String adTitle, String advertiserName) {
        throw new UnavailableException("no language model is configured: set OPENAI_API_KEY (and OPENAI_BASE_URL for a compatible server)", null);
    }
}
