package adengine.core.ads;

import adengine.core.campaign.Campaign;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The market's campaigns by targeted location: a client is looked at only against the campaigns
 * of its own location and those that target no location, in market order. Location is the
 * targeting field that splits the market most; gender and ages stay cheap checks in the scan.
 */
final class CandidateIndex {
    private final int[] anyLocation;
    private final Map<String, int[]> byLocation = new HashMap<>();

    CandidateIndex(Campaign[] campaigns) {
        List<Integer> untargeted = new ArrayList<>();
        Map<String, List<Integer>> targeted = new HashMap<>();
        for (int position = 0; position < campaigns.length; position++) {
            String location = campaigns[position].spec().targeting().location();
            if (location == null) {
                untargeted.add(position);
            } else {
                targeted.computeIfAbsent(location, key -> new ArrayList<>()).add(position);
            }
        }
        this.anyLocation = untargeted.stream().mapToInt(Integer::intValue).toArray();
        targeted.forEach((location, positions) ->
                byLocation.put(location, merge(positions.stream().mapToInt(Integer::intValue).toArray(), anyLocation)));
    }

    /** The positions, ascending, of the campaigns a client at {@code location} may match. */
    int[] forLocation(String location) {
        return byLocation.getOrDefault(location, anyLocation);
    }

    private static int[] merge(int[] a, int[] b) {
        int[] merged = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        for (int k = 0; k < merged.length; k++) {
            merged[k] = j >= b.length || i < a.length && a[i] < b[j] ? a[i++] : b[j++];
        }
        return merged;
    }
}
