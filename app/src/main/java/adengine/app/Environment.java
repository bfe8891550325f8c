package adengine.app;

import java.util.Map;
import java.util.Optional;

/** Typed access to environment variables; a bad value is a {@link ConfigException} naming the variable. */
final class Environment {
    private final Map<String, String> env;

    Environment(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    Optional<String> optional(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    String text(String name, String defaultValue) {
        return optional(name).orElse(defaultValue);
    }

    /** {@code true} or {@code false}; unset is false. */
    boolean flag(String name) {
        Optional<String> value = optional(name);
        if (value.isEmpty() || value.get().equals("false")) {
            return false;
        }
        if (value.get().equals("true")) {
            return true;
        }
        throw new ConfigException(name + " must be true or false, got '" + value.get() + "'");
    }

    int integer(String name, int defaultValue, int min, int max) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number < min || number > max) {
                throw new ConfigException(name + " must be between " + min + " and " + max + ", got " + number);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " must be an integer, got '" + value.get() + "'");
        }
    }
}
