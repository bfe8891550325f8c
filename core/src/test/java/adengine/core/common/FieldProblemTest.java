package adengine.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FieldProblemTest {

    @Test
    void nestingNamesTheItemAndTheField() {
        assertEquals("[3].age", new FieldProblem("age", Rule.REQUIRED).under("[3]").field());
        assertEquals("[3].targeting.age_to", new FieldProblem("targeting.age_to", Rule.REQUIRED).under("[3]").field());
        assertEquals("[1][2]", new FieldProblem("[2]", Rule.REQUIRED).under("[1]").field());
    }

    @Test
    void theCodeNamesTheRuleAndTheEnglishTextCarriesItsArgumentsAsWritten() {
        FieldProblem problem = new FieldProblem("age", Rule.BETWEEN, 0, 1500);

        assertEquals("between", problem.code());
        assertEquals("must be between 0 and 1500", problem.english());
        assertEquals("must be between 0 and 1500", problem.under("[0]").english());
    }

    @Test
    void everyRuleHasAUniqueCodeAndAnEnglishText() {
        assertEquals(Rule.values().length,
                java.util.Arrays.stream(Rule.values()).map(Rule::code).distinct().count());
        for (Rule rule : Rule.values()) {
            assertEquals(false, rule.pattern().isBlank(), rule.code());
        }
    }
}
