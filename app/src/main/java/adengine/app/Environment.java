package adengine.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** An absolute http(s) URL with a host. */
    URI url(String name, URI defaultValue) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            URI url = new URI(value.get());
            if (url.getHost() != null && ("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below, naming the variable
        }
        throw new ConfigException(name + " must be an http(s) URL with a host, got '" + value.get() + "'");
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

    /** A comma-separated list of positive whole numbers, e.g. {@code 123, 456}; empty when unset. */
    Set<Long> positiveLongs(String name) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return Set.of();
        }
        Set<Long> numbers = new HashSet<>();
        for (String item : value.get().split(",", -1)) {
            numbers.add(positiveLong(name, item.trim()));
        }
        return Set.copyOf(numbers);
    }

    private static long positiveLong(String name, String item) {
        try {
            long number = Long.parseLong(item);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, naming the variable
        }
        throw new ConfigException(name + " must be a comma-separated list of positive integers, got '" + item + "'");
    }
}
