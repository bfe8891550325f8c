package adengine.persistence.ads;

import java.util.Arrays;

/** The outcomes the ledger's database functions (migrations V6 and V9) answer, parsed once. */
enum LedgerOutcome {
    RECORDED("recorded"),
    SEEN("seen"),
    FULL("full"),
    GONE("gone"),
    STALE("stale"),
    DUPLICATE("duplicate"),
    NOT_SHOWN("not_shown");

    private final String sql;

    LedgerOutcome(String sql) {
        this.sql = sql;
    }

    /** The outcome the function answered; an unknown one is a mismatch between the schema and this program, not a result. */
    static LedgerOutcome of(String sql) {
        return Arrays.stream(values()).filter(outcome -> outcome.sql.equals(sql)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the ledger answered an unknown outcome: " + sql));
    }
}
