package adengine.persistence.notice;

import static adengine.persistence.schema.Tables.ADVERTISER_CHATS;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multisetAgg;

import adengine.core.notice.Recipient;
import java.util.List;
import org.jooq.Field;

/** The chats of a group of advertiser_chats rows, each with its language, as one column of a grouped query. */
final class Recipients {
    private Recipients() {
    }

    /** The grouped rows' chats, ordered by chat id. */
    static Field<List<Recipient>> aggregated() {
        return multisetAgg(ADVERTISER_CHATS.CHAT_ID, ADVERTISER_CHATS.LANGUAGE)
                .orderBy(ADVERTISER_CHATS.CHAT_ID)
                .convertFrom(rows -> rows.map(mapping(Recipient::new)));
    }
}
