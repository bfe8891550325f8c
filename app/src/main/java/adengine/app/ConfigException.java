package adengine.app;

/** A configuration value the program cannot run with; the message names the variable. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
