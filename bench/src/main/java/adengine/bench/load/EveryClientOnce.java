package adengine.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Asks {@code GET /ads} once for every client, before anything is measured: the phases then see
 * what a running ad slot sees, clients the server has served before (whose profiles it keeps),
 * instead of a first visit for most requests of a 15-second phase.
 */
final class EveryClientOnce {
    private static final int THREADS = 8;

    private EveryClientOnce() {
    }

    /** Returns the seconds it took; fails when an answer is neither an ad nor "no ad". */
    static double serve(String baseUrl, List<UUID> clients) throws Exception {
        long start = System.nanoTime();
        HttpClient http = HttpClient.newHttpClient();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Object>> workers = pool.invokeAll(Collections.nCopies(THREADS, () -> {
                for (int i = next.getAndIncrement(); i < clients.size(); i = next.getAndIncrement()) {
                    HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/ads?client_id=" + clients.get(i))).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (answer.statusCode() != 200 && answer.statusCode() != 404) {
                        throw new IllegalStateException("GET /ads answered " + answer.statusCode() + " for client " + clients.get(i));
                    }
                }
                return null;
            }));
            for (Future<Object> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
