package adengine.bench.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Drives one kind of request: as fast as N connections allow, or at a fixed rate. */
final class LoadGenerator {
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** Closed loop: each of {@code connections} threads sends its next request when the last one answered. */
    Latencies closedLoop(Supplier<HttpRequest> requests, int connections, Duration duration) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        List<long[]> perThread = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            Recorder recorder = new Recorder();
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    if (send(requests.get())) {
                        recorder.add(System.nanoTime() - sent);
                    } else {
                        errors.incrementAndGet();
                    }
                }
                synchronized (perThread) {
                    perThread.add(recorder.toArray());
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Latencies(merge(perThread), (System.nanoTime() - start) / 1e9, errors.get());
    }

    /**
     * Open loop: a request is due every 1/rate seconds whether or not earlier ones answered, and
     * its latency counts from when it was due, so a stalled server cannot hide its queueing.
     */
    Latencies fixedRate(Supplier<HttpRequest> requests, int rate, Duration duration) throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(256);
        long count = rate * duration.toSeconds();
        long[] latencies = new long[(int) count];
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + (long) (i * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int slot = i;
            HttpRequest request = requests.get();
            workers.execute(() -> {
                boolean ok = send(request);
                latencies[slot] = System.nanoTime() - due;
                if (!ok) {
                    errors.incrementAndGet();
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(1, TimeUnit.MINUTES);
        return new Latencies(latencies, (System.nanoTime() - start) / 1e9, errors.get());
    }

    boolean send(HttpRequest request) {
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() < 300;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long[] merge(List<long[]> parts) {
        long[] all = new long[parts.stream().mapToInt(part -> part.length).sum()];
        int at = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** A growable array of one thread's latencies. */
    private static final class Recorder {
        private long[] values = new long[1 << 14];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
