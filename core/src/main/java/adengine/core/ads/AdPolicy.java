package adengine.core.ads;

/** Orders the options of one ad decision: the highest score is shown. */
public interface AdPolicy {
    double score(AdOption option, Market market);
}
