package adengine.faketelegram;

/** A refusal in Telegram's words: the fake answers it as {@code {"ok":false,...}}. */
final class BotApiException extends RuntimeException {
    final int errorCode;
    final Integer retryAfter;

    private BotApiException(int errorCode, String description, Integer retryAfter) {
        super(description, null, false, false);
        this.errorCode = errorCode;
        this.retryAfter = retryAfter;
    }

    static BotApiException badRequest(String what) {
        return new BotApiException(400, "Bad Request: " + what, null);
    }

    static BotApiException of(int errorCode, String description) {
        return new BotApiException(errorCode, description, null);
    }

    static BotApiException tooManyRequests(int retryAfter) {
        return new BotApiException(429, "Too Many Requests: retry after " + retryAfter, retryAfter);
    }
}
