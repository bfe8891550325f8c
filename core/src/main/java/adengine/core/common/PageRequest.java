package adengine.core.common;

/** A 1-based page of at most {@value #MAX_SIZE} items. */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        new Validator()
                .range("page", page, 1, Integer.MAX_VALUE)
                .range("size", size, 1, MAX_SIZE)
                .throwIfInvalid();
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
