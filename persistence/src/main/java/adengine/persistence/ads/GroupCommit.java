package adengine.persistence.ads;

import adengine.core.ads.DecisionBasis;
import adengine.core.ads.Delivery;
import adengine.core.common.DependencyUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit of ledger events. Requests hand their event to one writer thread and wait; the
 * writer takes every event that is waiting, records them all in one database call and one
 * transaction, and then answers each request. Under load one WAL flush and one lock of a busy
 * campaign's counter row serve many requests instead of one; alone, an event is written at once.
 * The database function locks the batch's counter rows in campaign order before it writes, so
 * concurrent batches of several instances cannot deadlock.
 */
public final class GroupCommit implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    private static final int MAX_BATCH = 512;

    /**
     * An impression (with the relevance bin its decision saw, and the versions it was decided on
     * when they are to be checked: null otherwise) or a click to record.
     */
    public record Event(UUID campaignId, UUID clientId, int day, boolean click, int relevanceBin, DecisionBasis basis) {
        public static Event impression(UUID campaignId, UUID clientId, int day, int relevanceBin) {
            return new Event(campaignId, clientId, day, false, relevanceBin, null);
        }

        public static Event impressionIfCurrent(UUID campaignId, UUID clientId, int relevanceBin, DecisionBasis basis) {
            return new Event(campaignId, clientId, basis.market().day(), false, relevanceBin, basis);
        }

        public static Event click(UUID campaignId, UUID clientId, int day) {
            return new Event(campaignId, clientId, day, true, 0, null);
        }
    }

    /** The database function's answer: the outcome, and the campaign's delivery when it reports one. */
    record Answer(LedgerOutcome outcome, Delivery delivery) {
    }

    private record Pending(Event event, CompletableFuture<Answer> result) {
    }

    /** Put in the queue by {@link #close()}: the writer stops when it meets it. */
    private static final Pending STOP = new Pending(null, null);

    private final DSLContext dsl;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean running = true;

    public GroupCommit(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl);
        this.writer = new Thread(this::writeLoop, "ledger-group-commit");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Records the event and returns once it is committed. */
    Answer record(Event event) {
        Pending pending = new Pending(event, new CompletableFuture<>());
        if (!running) {
            throw new IllegalStateException("the ledger writer is stopped");
        }
        queue.add(pending);
        try {
            return pending.result().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>();
        boolean stopping = false;
        while (!stopping) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            stopping = batch.remove(STOP);
            if (!batch.isEmpty()) {
                write(batch);
            }
            batch.clear();
        }
    }

    /**
     * Writes the batch; should the batch fail as a whole, each event is tried on its own. When the
     * database itself failed (down, frozen, its breaker open), the batch and every event waiting
     * behind it fail at once: trying them would only make each wait for the same timeouts.
     */
    private void write(List<Pending> batch) {
        try {
            complete(batch, call(batch));
        } catch (RuntimeException batchFailure) {
            if (DependencyUnavailableException.in(batchFailure) != null) {
                failWithWaiting(batch, batchFailure);
                return;
            }
            if (batch.size() == 1) {
                batch.get(0).result().completeExceptionally(batchFailure);
                return;
            }
            LOG.warn("A batch of {} ledger events failed, recording them one by one: {}", batch.size(), batchFailure.toString());
            for (int i = 0; i < batch.size(); i++) {
                Pending pending = batch.get(i);
                try {
                    complete(List.of(pending), call(List.of(pending)));
                } catch (RuntimeException e) {
                    if (DependencyUnavailableException.in(e) != null) {
                        failWithWaiting(batch.subList(i, batch.size()), e);
                        return;
                    }
                    pending.result().completeExceptionally(e);
                }
            }
        }
    }

    /** Fails {@code events} and those waiting in the queue with {@code failure}: none is acknowledged (a timed-out batch may still have committed). */
    private void failWithWaiting(List<Pending> events, RuntimeException failure) {
        List<Pending> waiting = new ArrayList<>();
        queue.drainTo(waiting);
        if (waiting.remove(STOP)) {
            queue.add(STOP);
        }
        for (List<Pending> group : List.of(events, waiting)) {
            for (Pending pending : group) {
                pending.result().completeExceptionally(failure);
            }
        }
    }

    private Result<Record> call(List<Pending> batch) {
        int size = batch.size();
        UUID[] campaigns = new UUID[size];
        UUID[] clients = new UUID[size];
        Integer[] days = new Integer[size];
        Boolean[] clicks = new Boolean[size];
        Short[] bins = new Short[size];
        Long[] clientVersions = new Long[size];
        Long[] campaignsVersions = new Long[size];
        for (int i = 0; i < size; i++) {
            Event event = batch.get(i).event();
            campaigns[i] = event.campaignId();
            clients[i] = event.clientId();
            days[i] = event.day();
            clicks[i] = event.click();
            bins[i] = (short) event.relevanceBin();
            if (event.basis() != null) {
                clientVersions[i] = event.basis().clientVersion();
                campaignsVersions[i] = event.basis().market().campaigns();
            }
        }
        return dsl.resultQuery("select outcome, impressions, clicks from record_events(?::uuid[], ?::uuid[], ?::integer[], ?::boolean[], ?::smallint[], ?::bigint[], ?::bigint[])",
                        campaigns, clients, days, clicks, bins, clientVersions, campaignsVersions)
                .fetch();
    }

    private static void complete(List<Pending> batch, Result<Record> rows) {
        for (int i = 0; i < batch.size(); i++) {
            Record row = rows.get(i);
            Integer impressions = row.get(1, Integer.class);
            Delivery delivery = impressions == null ? null : new Delivery(impressions, row.get(2, Integer.class));
            batch.get(i).result().complete(new Answer(LedgerOutcome.of(row.get(0, String.class)), delivery));
        }
    }

    /** Stops taking events, writes those already waiting, then ends the writer. */
    @Override
    public void close() {
        running = false;
        queue.add(STOP);
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
