package adengine.core.textgen;

/**
 * Writes an ad text with a language model. Throws {@link adengine.core.common.UnavailableException}
 * when no model is configured, or it fails or times out.
 */
public interface AdTextGenerator {
    /** Whether a model is configured at all; without one every {@link #generate} fails. */
    boolean available();

    String generate(String adTitle, String advertiserName);
}
