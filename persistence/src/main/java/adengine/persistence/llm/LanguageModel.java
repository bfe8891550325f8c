package adengine.persistence.llm;

import adengine.core.common.UnavailableException;
import adengine.persistence.llm.LanguageModelObserver.Purpose;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One chat completion at a time through openai-java. Every call is bounded by the configured
 * timeout (one retry), so a slow model never holds an HTTP worker for long; any failure is an
 * {@link UnavailableException}. Each call is reported to the observer; failures are also logged.
 */
public final class LanguageModel {
    private static final Logger LOG = LoggerFactory.getLogger(LanguageModel.class);

    private final OpenAIClient client;
    private final String model;
    private final LanguageModelObserver observer;

    LanguageModel(OpenAIClient client, String model, LanguageModelObserver observer) {
        this.client = Objects.requireNonNull(client);
        this.model = Objects.requireNonNull(model);
        this.observer = Objects.requireNonNull(observer);
    }

    public static LanguageModel connect(LanguageModelConfig config, LanguageModelObserver observer) {
        OpenAIClient client = OpenAIOkHttpClient.builder()
                .apiKey(config.apiKey())
                .baseUrl(config.baseUrl())
                .timeout(config.timeout())
                .maxRetries(1)
                .build();
        return new LanguageModel(client, config.model(), observer);
    }

    /** The model's answer to {@code user} under the instructions {@code system}. */
    public String complete(Purpose purpose, String system, String user, long maxTokens) {
        long start = System.nanoTime();
        boolean ok = false;
        try {
            ChatCompletion completion = client.chat().completions().create(ChatCompletionCreateParams.builder()
                    .model(model)
                    .addSystemMessage(system)
                    .addUserMessage(user)
                    .maxCompletionTokens(maxTokens)
                    .build());
            String answer = completion.choices().stream()
                    .findFirst()
                    .flatMap(choice -> choice.message().content())
                    .orElseThrow(() -> new UnavailableException("the language model sent no answer", null));
            ok = true;
            return answer;
        } catch (UnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("Language model call failed after {} ms: {}", (System.nanoTime() - start) / 1_000_000, e.toString());
            throw new UnavailableException("the language model did not answer: " + e.getClass().getSimpleName(), e);
        } finally {
            observer.called(purpose, ok, System.nanoTime() - start);
        }
    }
}
