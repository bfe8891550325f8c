package adengine.bot.conversation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A short, stable stand-in for a text in callback data, where the text itself would not fit:
 * the first characters of its SHA-256 in URL-safe Base64, which never contains the ':' separator.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    public static String of(String text, int length) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
