package adengine.core.health;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.core.common.DependencyUnavailableException;
import adengine.core.common.UnavailableException;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
    private final CircuitBreaker breaker = new CircuitBreaker("database", "PostgreSQL", 3);

    @Test
    void opensAfterTheThresholdOfFailuresInARow() {
        breaker.failed(new IOException("refused"));
        breaker.failed(new IOException("refused"));
        assertFalse(breaker.isOpen(), "two failures are not an outage");
        assertDoesNotThrow(breaker::ensureClosed);

        breaker.failed(new IOException("refused"));

        assertTrue(breaker.isOpen());
        DependencyUnavailableException failure = assertThrows(DependencyUnavailableException.class, breaker::ensureClosed);
        assertEquals("database", failure.dependency());
        assertTrue(failure instanceof UnavailableException, "the API answers it with 503");
        assertEquals(1, breaker.openings());
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        breaker.failed(new IOException("slow"));
        breaker.failed(new IOException("slow"));
        breaker.succeeded();
        breaker.failed(new IOException("slow"));
        breaker.failed(new IOException("slow"));

        assertFalse(breaker.isOpen());
    }

    @Test
    void onlyAProbeClosesItAndTheListenersHearEachChangeOnce() {
        AtomicInteger opened = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();
        breaker.onOpen(opened::incrementAndGet);
        breaker.onClose(closed::incrementAndGet);
        for (int i = 0; i < 10; i++) {
            breaker.failed(new IOException("refused"));
        }
        breaker.succeeded();
        assertTrue(breaker.isOpen(), "a call that was under way before it opened does not close it");

        breaker.probeFailed(new IOException("still refused"));
        assertTrue(breaker.isOpen());
        breaker.probeSucceeded();
        breaker.probeSucceeded();

        assertFalse(breaker.isOpen());
        assertDoesNotThrow(breaker::ensureClosed);
        assertEquals(1, opened.get());
        assertEquals(1, closed.get());
    }

    @Test
    void itOpensAgainAfterClosing() {
        for (int i = 0; i < 3; i++) {
            breaker.failed(new IOException("refused"));
        }
        breaker.probeSucceeded();
        for (int i = 0; i < 3; i++) {
            breaker.failed(new IOException("refused"));
        }

        assertTrue(breaker.isOpen());
        assertEquals(2, breaker.openings());
    }

    @Test
    void aFailingListenerDoesNotStopTheChange() {
        breaker.onOpen(() -> {
            throw new IllegalStateException("listener bug");
        });
        for (int i = 0; i < 3; i++) {
            breaker.failed(new IOException("refused"));
        }

        assertTrue(breaker.isOpen());
    }

    @Test
    void theExceptionIsFoundUnderWrappers() {
        DependencyUnavailableException cause = breaker.unavailable(new IOException("refused"));

        assertEquals(cause, DependencyUnavailableException.in(new RuntimeException(new IllegalStateException(cause))));
        assertEquals(null, DependencyUnavailableException.in(new RuntimeException(new IOException("no"))));
    }
}
