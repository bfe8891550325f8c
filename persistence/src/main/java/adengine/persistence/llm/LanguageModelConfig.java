package adengine.persistence.llm;

import java.time.Duration;
import java.util.Objects;

/** An OpenAI-compatible chat model: the key, the server (OpenAI or any compatible one), the model and how long a call may take. */
public record LanguageModelConfig(String apiKey, String baseUrl, String model, Duration timeout) {
    public LanguageModelConfig {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public String toString() {
        return "LanguageModelConfig[baseUrl=" + baseUrl + ", model=" + model + ", timeout=" + timeout + "]";
    }
}
