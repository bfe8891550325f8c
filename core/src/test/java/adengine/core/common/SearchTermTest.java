package adengine.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchTermTest {
    @Test
    void aTermMatchesTextsThatContainItInAnyCaseOfAnyScript() {
        assertTrue(new SearchTerm("кофе").matches("Кофейня «КОФЕ и Ко»"));
        assertTrue(new SearchTerm("ΣΟΦΊΑ").matches("σοφία"));
        assertTrue(new SearchTerm("ς").matches("Σ"));
        assertTrue(new SearchTerm("bakery").matches("The BAKERY"));
        assertFalse(new SearchTerm("кофе").matches("Кафе"));
        assertFalse(new SearchTerm("longer than the text").matches("text"));
    }

    @Test
    void charactersWithoutCaseMatchOnlyThemselves() {
        assertTrue(new SearchTerm("50%").matches("Скидка 50% на всё"));
        assertFalse(new SearchTerm("50%").matches("Скидка 500 на всё"));
        assertTrue(new SearchTerm("_").matches("a_b"));
        assertFalse(new SearchTerm("_").matches("ab"));
        assertTrue(new SearchTerm("☕ кофе").matches("Утро: ☕ КОФЕ"));
        assertFalse(new SearchTerm("☕").matches("🍵"));
    }

    @Test
    void anyMatchesEveryText() {
        assertTrue(SearchTerm.ANY.isAny());
        assertTrue(SearchTerm.ANY.matches(""));
        assertTrue(SearchTerm.ANY.matches("anything"));
    }

    @Test
    void theCasesOfALetterAreItsFormsAndOfOtherCharactersItself() {
        assertEquals(Set.of((int) 'ё', (int) 'Ё'), SearchTerm.casesOf('Ё'));
        assertEquals(Set.of((int) 'σ', (int) 'ς', (int) 'Σ'), SearchTerm.casesOf('ς'));
        assertEquals(Set.of((int) '%'), SearchTerm.casesOf('%'));
    }

    @Test
    void aTermThatNoStoredNameCouldContainIsRefused() {
        ValidationException tooLong = assertThrows(ValidationException.class, () -> new SearchTerm("x".repeat(257)));
        assertEquals(List.of("search"), tooLong.problems().stream().map(FieldProblem::field).toList());
        assertThrows(ValidationException.class, () -> new SearchTerm("a\0b"));
        assertThrows(ValidationException.class, () -> new SearchTerm(null));
    }
}
