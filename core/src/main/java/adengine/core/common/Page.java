package adengine.core.common;

import java.util.List;

/** One page of items and the total number of items over all pages. */
public record Page<T>(List<T> items, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
