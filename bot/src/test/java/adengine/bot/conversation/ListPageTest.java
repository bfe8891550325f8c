package adengine.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import adengine.core.common.SearchTerm;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ListPageTest {
    private static final UUID ADVERTISER = UUID.fromString("8f1c1f0e-6a57-4d1e-9a0b-0c0ffee00001");

    @Test
    void aListButtonCarriesThePageThenWhatNarrowsTheListThenTheSearchKey() {
        Session session = Session.fresh();
        ListPage searched = ListPage.searching(session, "кофе");
        ListAddress campaigns = ListAddress.of(Action.ADVERTISER_CAMPAIGNS, ADVERTISER).followedBy("FINISHED");

        String data = campaigns.data(3, searched.searchKey());

        assertEquals("ca:" + ADVERTISER + ":3:FINISHED:" + searched.searchKey(), data);
        ListPage read = ListPage.read(Callback.parse(data).orElseThrow(), 1, 3, session);
        assertEquals(3, read.number());
        assertEquals(new SearchTerm("кофе"), read.search());
        assertEquals("ca:" + ADVERTISER + ":1:FINISHED", campaigns.data(1, ""));
    }

    @Test
    void anEntryButtonAsksForTheFirstPageOfTheWholeList() {
        ListPage entry = ListPage.read(Callback.parse("cl").orElseThrow(), 0, 1, Session.fresh());

        assertEquals(ListPage.of(1), entry);
        assertEquals(1, ListPage.of(-5).number());
    }

    @Test
    void aSearchTheSessionNoLongerHoldsMakesTheButtonOutdated() {
        Callback forgotten = Callback.parse("cl:2:unknown1").orElseThrow();

        assertThrows(Callback.MalformedCallbackException.class, () -> ListPage.read(forgotten, 0, 1, Session.fresh()));
    }
}
