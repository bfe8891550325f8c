package adengine.api.http;

import adengine.core.common.Rule;
import adengine.core.common.ValidationException;
import java.util.UUID;

/** Strict UUID parsing: {@link UUID#fromString} also accepts short forms such as {@code 1-1-1-1-1}. */
public final class Uuids {
    private Uuids() {
    }

    public static UUID parse(String text) {
        if (!isCanonical(text)) {
            throw new IllegalArgumentException("not a UUID");
        }
        return UUID.fromString(text);
    }

    /** 8-4-4-4-12 hexadecimal digits; checked by hand as it runs on every ad request. */
    private static boolean isCanonical(String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !isHexDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** A UUID from the path or the query string; a missing (or empty) or bad one is a 400 naming the parameter. */
    public static UUID parameter(String name, String text) {
        if (text == null || text.isEmpty()) {
            throw new ValidationException(name, Rule.REQUIRED);
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(name, InputProblem.NOT_A_UUID);
        }
    }
}
