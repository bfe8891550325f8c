package adengine.core.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets for Telegram: 32 characters of A–Z a–z 0–9 _ - (192 bits), which fit the bot's
 * start parameter (at most 64 of those characters) as they are.
 */
final class Tokens {
    static final int LENGTH = 32;
    private static final int RANDOM_BYTES = LENGTH * 6 / 8;

    private final SecureRandom random = new SecureRandom();

    String next() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean isWellFormed(String token) {
        if (token == null || token.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = token.charAt(i);
            boolean urlSafe = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
            if (!urlSafe) {
                return false;
            }
        }
        return true;
    }

    /** What is stored instead of a token: its SHA-256 in lowercase hex. */
    static String hash(String token) {
        return HexFormat.of().formatHex(sha256(token));
    }

    /** Compares digests, so the time taken tells nothing about where or whether the texts differ in length. */
    static boolean constantTimeEquals(String expected, String given) {
        return MessageDigest.isEqual(sha256(expected), sha256(given));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
