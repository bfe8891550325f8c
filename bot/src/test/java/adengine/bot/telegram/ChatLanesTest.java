package adengine.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChatLanesTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final ChatLanes lanes = new ChatLanes(pool);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void updatesOfOneChatRunInArrivalOrder() throws InterruptedException {
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(200);
        for (int i = 0; i < 200; i++) {
            int update = i;
            lanes.submit(42, () -> {
                seen.add(update);
                done.countDown();
            });
        }

        assertTrue(done.await(10, TimeUnit.SECONDS));
        for (int i = 0; i < 200; i++) {
            assertEquals(i, seen.get(i));
        }
    }

    @Test
    void aBlockedChatDoesNotHoldBackAnother() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch otherChatServed = new CountDownLatch(1);
        CountDownLatch blockedChatResumed = new CountDownLatch(1);
        lanes.submit(1, () -> await(release));
        lanes.submit(1, blockedChatResumed::countDown);
        lanes.submit(2, otherChatServed::countDown);

        assertTrue(otherChatServed.await(10, TimeUnit.SECONDS), "chat 2 waited for chat 1");
        assertEquals(1, blockedChatResumed.getCount(), "chat 1's second update overtook its first");
        release.countDown();
        assertTrue(blockedChatResumed.await(10, TimeUnit.SECONDS));
    }

    @Test
    void aFailingUpdateDoesNotStopItsChat() throws InterruptedException {
        CountDownLatch next = new CountDownLatch(1);
        lanes.submit(7, () -> {
            throw new IllegalStateException("boom");
        });
        lanes.submit(7, next::countDown);

        assertTrue(next.await(10, TimeUnit.SECONDS));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
