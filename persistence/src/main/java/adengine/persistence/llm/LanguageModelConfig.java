package adengine.persistence.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * An OpenAI-compatible chat model: the key, the server (OpenAI or any compatible one), the model,
 * how long one call may take, and how long all the calls made for one request may take together,
 * counted from the request's start.
 */
public record LanguageModelConfig(String apiKey, String baseUrl, String model, Duration timeout, Duration requestDeadline) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_DEADLINE = Duration.ofSeconds(20);

    public LanguageModelConfig {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(requestDeadline, "requestDeadline");
    }

    @Override
    public String toString() {
        return "LanguageModelConfig[baseUrl=" + baseUrl + ", model=" + model + ", timeout=" + timeout + ", requestDeadline=" + requestDeadline + "]";
    }
}
