package adengine.core.client;

/** A client's gender. */
public enum Gender {
    MALE, FEMALE
}
