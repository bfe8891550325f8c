package adengine.bot;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The bot's settings: its token, the Bot API server (Telegram's own unless another is given), and
 * how often campaign notices and daily digests are looked for.
 */
public record BotConfig(String token, URI apiUrl, Duration noticePeriod) {
    public static final URI TELEGRAM = URI.create("https://api.telegram.org");
    public static final Duration NOTICE_PERIOD = Duration.ofSeconds(30);

    public BotConfig {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(noticePeriod, "noticePeriod");
        if (apiUrl.getHost() == null || !(apiUrl.getScheme().equals("http") || apiUrl.getScheme().equals("https"))) {
            throw new IllegalArgumentException("TELEGRAM_API_URL must be an http(s) URL with a host");
        }
    }

    @Override
    public String toString() {
        return "BotConfig[apiUrl=" + apiUrl + ", noticePeriod=" + noticePeriod + "]";
    }
}
