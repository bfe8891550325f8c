package adengine.core.access;

import adengine.core.advertiser.Advertiser;
import java.util.List;
import java.util.Set;

/**
 * What a chat's bindings give it, read at once: the advertisers it has access to, by name, and the
 * languages its bindings keep, so that a chat speaking the language they keep costs no write.
 */
public record ChatAccess(List<Advertiser> advertisers, Set<String> languages) {
    public ChatAccess {
        advertisers = List.copyOf(advertisers);
        languages = Set.copyOf(languages);
    }
}
