package adengine.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import adengine.core.common.SearchTerm;
import adengine.persistence.testing.TestInfrastructure;
import java.util.List;
import java.util.stream.IntStream;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Row2;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The database matches a search term exactly as the term itself says, in a database whose locale folds ASCII only. */
class SearchConditionsTest {
    private static final List<String> TEXTS = List.of(
            "Кофейня «Зерно»", "КОФЕ и Ко", "кофе", "Coffee & Co", "COFFEE", "Скидка 50% на всё", "Скидка 500",
            "snake_case", "snakecase", "O'Brien's \"Pub\"", "back\\slash", "[скобки] (круглые) {фигурные}",
            "^начало$ .точка* +плюс? |или|", "a-b", "Σοφία", "σοφία", "☕ Утро", "🍵 Вечер", "Straße", "İstanbul",
            "x".repeat(256), "line\nbreak", "tab\there");
    private static final List<String> TERMS = List.of(
            "кофе", "КоФе", "coffee", "%", "50%", "_", "e_c", "'", "\"pub\"", "\\", "[скобки]", "(", "{", "^начало$", ".", "*",
            "+", "?", "|или|", "-", "ΣΟΦΊΑ", "☕", "☕ у", "🍵", "STRASSE", "straße", "istanbul", "x".repeat(256),
            "x".repeat(255) + "y", "\n", "\t", " ");

    private static Database database;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(TestInfrastructure.get().freshDatabaseInLocaleC());
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void theDatabaseFindsWhatTheTermMatchesAndNothingElse() {
        Field<Integer> position = DSL.field(DSL.name("t", "position"), Integer.class);
        Field<String> text = DSL.field(DSL.name("t", "text"), String.class);
        Table<Record2<Integer, String>> texts = DSL.values(IntStream.range(0, TEXTS.size())
                .mapToObj(i -> DSL.row(i, TEXTS.get(i))).toArray(Row2[]::new)).as("t", "position", "text");
        for (String typed : TERMS) {
            SearchTerm term = new SearchTerm(typed);
            List<String> found = database.dsl()
                    .select(text)
                    .from(texts)
                    .where(SearchConditions.contains(text, term))
                    .orderBy(position)
                    .fetch(text);

            assertEquals(TEXTS.stream().filter(term::matches).toList(), found, "term " + typed);
        }
    }

    @Test
    void theDatabaseFoldsOnlyAsciiHereSoIlikeWouldMissCyrillic() {
        assertEquals(false, database.dsl().select(DSL.inline("КОФЕ").likeIgnoreCase("%кофе%")).fetchOne().value1());
        assertEquals(true, database.dsl().select(SearchConditions.contains(DSL.inline("КОФЕ"), new SearchTerm("кофе"))).fetchOne().value1());
    }

    @Test
    void anyTermAddsNoCondition() {
        assertEquals(DSL.noCondition(), SearchConditions.contains(DSL.inline("x"), SearchTerm.ANY));
    }
}
