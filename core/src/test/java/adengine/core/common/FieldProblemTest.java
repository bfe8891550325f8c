package adengine.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FieldProblemTest {

    @Test
    void nestingNamesTheItemAndTheField() {
        assertEquals("[3].age", new FieldProblem("age", "bad").under("[3]").field());
        assertEquals("[3].targeting.age_to", new FieldProblem("targeting.age_to", "bad").under("[3]").field());
        assertEquals("[1][2]", new FieldProblem("[2]", "bad").under("[1]").field());
    }
}
