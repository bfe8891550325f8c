package org.eclipse.jetty.util;

/**
 * Spark 2.9's URL decoder (its copy of Jetty 9's {@code Utf8Appendable}) throws Jetty 9's
 * {@code Utf8Appendable.NotUtf8Exception} by mistake instead of its own; Jetty 12 no longer has
 * that class, so without it every percent-encoded path parameter would fail to load the decoder.
 * This is that one class, nothing else: a path that is not UTF-8 becomes a 400 in the error mapper.
 */
public final class Utf8Appendable {
    private Utf8Appendable() {
    }

    /** Thrown by Spark's decoder for bytes that are not UTF-8. */
    public static final class NotUtf8Exception extends IllegalArgumentException {
        public NotUtf8Exception(String reason) {
            super(reason);
        }
    }
}
