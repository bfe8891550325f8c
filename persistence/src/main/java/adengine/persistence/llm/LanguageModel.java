package adengine.persistence.llm;

import adengine.core.common.RequestStart;
import adengine.core.common.UnavailableException;
import adengine.persistence.llm.LanguageModelObserver.Purpose;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.RequestOptions;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIRetryableException;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One chat completion at a time through openai-java. Each attempt is bounded by the configured
 * timeout and a failed one is tried once more, but all the calls made for one request end by its
 * deadline ({@link RequestStart}): a request that asks the model several times (moderation and
 * generation) waits at most that long in total, so a slow model never holds a worker for long.
 * Any failure is an {@link UnavailableException}. Each call is reported to the observer; failures
 * are also logged.
 */
public final class LanguageModel {
    private static final Logger LOG = LoggerFactory.getLogger(LanguageModel.class);

    /** Less than this left of the request's deadline is not worth a call. */
    private static final Duration SHORTEST_CALL = Duration.ofMillis(100);
    private static final int ATTEMPTS = 2;

    private final OpenAIClient client;
    private final LanguageModelConfig config;
    private final LanguageModelObserver observer;

    LanguageModel(OpenAIClient client, LanguageModelConfig config, LanguageModelObserver observer) {
        this.client = Objects.requireNonNull(client);
        this.config = Objects.requireNonNull(config);
        this.observer = Objects.requireNonNull(observer);
    }

    public static LanguageModel connect(LanguageModelConfig config, LanguageModelObserver observer) {
        OpenAIClient client = OpenAIOkHttpClient.builder()
                .apiKey(config.apiKey())
                .baseUrl(config.baseUrl())
                .timeout(config.timeout())
                .maxRetries(0) // retried here, within the request's deadline
                .build();
        return new LanguageModel(client, config, observer);
    }

    /** The model's answer to {@code user} under the instructions {@code system}. */
    public String complete(Purpose purpose, String system, String user, long maxTokens) {
        long start = System.nanoTime();
        boolean ok = false;
        ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
                .model(config.model())
                .addSystemMessage(system)
                .addUserMessage(user)
                .maxCompletionTokens(maxTokens)
                .build();
        try {
            ChatCompletion completion = create(params);
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

    /** One attempt, and one more after a failure worth retrying, each within what is left of the request's deadline. */
    private ChatCompletion create(ChatCompletionCreateParams params) {
        for (int attempt = 1; ; attempt++) {
            Duration left = RequestStart.left(config.requestDeadline());
            if (left.compareTo(SHORTEST_CALL) < 0) {
                throw new UnavailableException("the request has used the " + config.requestDeadline().toSeconds()
                        + " s it may wait on the language model", null);
            }
            Duration timeout = left.compareTo(config.timeout()) < 0 ? left : config.timeout();
            try {
                return client.chat().completions().create(params, RequestOptions.builder().timeout(timeout).build());
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !worthRetrying(e)) {
                    throw e;
                }
            }
        }
    }

    /** What openai-java itself would retry: no answer in time or at all, a conflict, a rate limit, a server error. */
    private static boolean worthRetrying(RuntimeException e) {
        if (e instanceof OpenAIServiceException service) {
            int status = service.statusCode();
            return status == 408 || status == 409 || status == 429 || status >= 500;
        }
        return e instanceof OpenAIIoException || e instanceof OpenAIRetryableException;
    }
}
