package adengine.core.common;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Bulk upsert rule: one item per key, the last occurrence wins, in the order keys first appear. */
public final class LastWins {
    private LastWins() {
    }

    public static <K, T> List<T> distinct(Collection<T> items, Function<T, K> key) {
        Map<K, T> byKey = new LinkedHashMap<>();
        for (T item : items) {
            byKey.put(key.apply(item), item);
        }
        return List.copyOf(byKey.values());
    }
}
