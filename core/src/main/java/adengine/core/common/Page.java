package adengine.core.common;

import java.util.List;

/** One page of items and the total number of items over all pages. */
public record Page<T>(List<T> items, long total) {
    public Page {
        items = List.copyOf(items);
    }

    /** The requested page of a list already read whole. */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = (int) Math.min(request.offset(), all.size());
        return new Page<>(all.subList(from, Math.min(from + request.size(), all.size())), all.size());
    }
}
