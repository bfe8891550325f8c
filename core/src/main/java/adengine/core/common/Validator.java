package adengine.core.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of one input before failing, so that a caller learns about all bad
 * fields at once. Used by the constructors of command and domain records.
 */
public final class Validator {
    public static final int NAME_MAX_LENGTH = 256;
    public static final BigDecimal PRICE_MAX = BigDecimal.valueOf(1_000_000_000);
    public static final int PRICE_MAX_DECIMALS = 12;

    private final List<FieldProblem> problems = new ArrayList<>();

    public Validator require(String field, Object value) {
        if (value == null) {
            problems.add(new FieldProblem(field, Rule.REQUIRED));
        }
        return this;
    }

    public Validator check(boolean valid, String field, Problem problem, Object... args) {
        if (!valid) {
            problems.add(new FieldProblem(field, problem, args));
        }
        return this;
    }

    /**
     * A required, non-blank string of at most {@code maxLength} characters that can be stored as
     * it is: PostgreSQL text holds neither NUL nor a lone UTF-16 surrogate (which has no UTF-8
     * form and would be stored as '?').
     */
    public Validator text(String field, String value, int maxLength) {
        if (value == null) {
            return require(field, null);
        }
        return optionalText(field, value, maxLength);
    }

    public Validator optionalText(String field, String value, int maxLength) {
        if (value == null) {
            return this;
        }
        if (value.isBlank()) {
            return check(false, field, Rule.BLANK);
        }
        check(value.length() <= maxLength, field, Rule.TOO_LONG, maxLength);
        check(value.indexOf('\0') < 0, field, Rule.NUL_CHARACTER);
        return check(isWellFormed(value), field, Rule.LONE_SURROGATE);
    }

    public Validator range(String field, Integer value, int min, int max) {
        if (value == null) {
            return require(field, null);
        }
        return optionalRange(field, value, min, max);
    }

    public Validator optionalRange(String field, Integer value, int min, int max) {
        if (value == null) {
            return this;
        }
        boolean valid = value >= min && value <= max;
        return max == Integer.MAX_VALUE ? check(valid, field, Rule.AT_LEAST, min) : check(valid, field, Rule.BETWEEN, min, max);
    }

    /**
     * A required price: not negative, bounded, and with few enough decimals to be stored and echoed
     * exactly. Decimals are counted as written, trailing zeros included: {@code 0E-1000000000} is
     * zero written with a billion decimals, which nothing could store or print.
     */
    public Validator price(String field, BigDecimal value) {
        if (value == null) {
            return require(field, null);
        }
        check(value.signum() >= 0, field, Rule.NEGATIVE);
        check(value.compareTo(PRICE_MAX) <= 0, field, Rule.TOO_HIGH, PRICE_MAX);
        return check(value.scale() <= PRICE_MAX_DECIMALS, field, Rule.TOO_MANY_DECIMALS, PRICE_MAX_DECIMALS);
    }

    /** Every high surrogate is followed by a low one and every low one follows a high one. */
    private static boolean isWellFormed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether none of these fields has a problem so far (a missing required one has). */
    public boolean fine(String... fields) {
        return problems.stream().noneMatch(problem -> List.of(fields).contains(problem.field()));
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
