package adengine.bench.load;

import java.util.Arrays;

/** Latencies of one run, in nanoseconds, and the figures printed from them. */
final class Latencies {
    private final long[] nanos;
    private final double seconds;
    private final long errors;

    Latencies(long[] nanos, double seconds, long errors) {
        this.nanos = nanos.clone();
        Arrays.sort(this.nanos);
        this.seconds = seconds;
        this.errors = errors;
    }

    double throughput() {
        return nanos.length / seconds;
    }

    double percentileMillis(double percentile) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(nanos.length - 1, Math.ceil(percentile / 100 * nanos.length) - 1);
        return nanos[Math.max(0, index)] / 1e6;
    }

    long count() {
        return nanos.length;
    }

    String summary() {
        return String.format("%8.0f req/s   p50 %7.2f ms   p99 %7.2f ms   max %8.2f ms   %d requests, %d errors",
                throughput(), percentileMillis(50), percentileMillis(99), percentileMillis(100), nanos.length, errors);
    }
}
