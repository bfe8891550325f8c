package adengine.core.notice;

import adengine.core.common.NotFoundException;
import adengine.core.time.PlatformDay;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The daily digest a bound chat may switch on: each time the platform day advances, the figures of
 * the day before. A sender polls {@link #due()}, and sends a chat its digest only after winning
 * {@link #claim}, so that each chat gets each day's digest once however many instances poll.
 */
public final class DailyDigests {
    private final DigestRepository digests;
    private final PlatformDay day;
    private final Clock clock;

    public DailyDigests(DigestRepository digests, PlatformDay day, Clock clock) {
        this.digests = Objects.requireNonNull(digests);
        this.day = Objects.requireNonNull(day);
        this.clock = Objects.requireNonNull(clock);
    }

    public boolean subscribed(long chatId, UUID advertiserId) {
        return digests.subscribed(chatId, advertiserId);
    }

    /**
     * Switches the chat's digest of the advertiser on or off. Switched on, its first digest is the
     * current day's, sent once the day has advanced, so a chat never gets the figures of a day
     * before it asked; switching on a digest that is on changes nothing.
     *
     * @throws NotFoundException when the chat is not bound to the advertiser
     */
    public void setSubscribed(long chatId, UUID advertiserId, boolean on) {
        Objects.requireNonNull(advertiserId, "advertiserId");
        boolean bound = on ? digests.subscribe(chatId, advertiserId, day.currentDay()) : digests.unsubscribe(chatId, advertiserId);
        if (!bound) {
            throw new NotFoundException("advertiser", advertiserId);
        }
    }

    /** The digests of yesterday that subscribed chats have not had yet; none on the first day. */
    public List<Digest> due() {
        return digests.due(day.currentDay() - 1);
    }

    /** True for the one caller that should send the chat its digest of the day; false when it was claimed already. */
    public boolean claim(long chatId, UUID advertiserId, int day) {
        Objects.requireNonNull(advertiserId, "advertiserId");
        return digests.claim(chatId, advertiserId, day, clock.instant());
    }
}
