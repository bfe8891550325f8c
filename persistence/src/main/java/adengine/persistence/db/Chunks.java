package adengine.persistence.db;

import java.util.List;
import java.util.function.Consumer;

/** Splits bulk statements so that one statement stays under PostgreSQL JDBC's 32,767 bind parameters. */
public final class Chunks {
    private static final int MAX_PARAMETERS = 30_000;

    private Chunks() {
    }

    public static <T> void forEach(List<T> items, int parametersPerItem, Consumer<List<T>> action) {
        int size = MAX_PARAMETERS / parametersPerItem;
        for (int from = 0; from < items.size(); from += size) {
            action.accept(items.subList(from, Math.min(items.size(), from + size)));
        }
    }
}
