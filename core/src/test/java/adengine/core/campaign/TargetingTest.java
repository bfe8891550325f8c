package adengine.core.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import adengine.core.common.ValidationException;
import org.junit.jupiter.api.Test;

class TargetingTest {

    @Test
    void everyFieldIsOptional() {
        assertEquals(new Targeting(null, null, null, null), Targeting.NONE);
    }

    @Test
    void agesAreInclusiveBoundsThatMayBeEqual() {
        Targeting targeting = new Targeting(TargetGender.ALL, 25, 25, "Chicago");

        assertEquals(25, targeting.ageFrom());
    }

    @Test
    void agesOutsideZeroTo150AreRejected() {
        assertEquals("targeting.age_to", assertThrows(ValidationException.class,
                () -> new Targeting(null, null, 151, null)).problems().get(0).field());
        assertEquals("targeting.age_from", assertThrows(ValidationException.class,
                () -> new Targeting(null, -1, null, null)).problems().get(0).field());
    }

    @Test
    void aBlankLocationIsRejected() {
        assertEquals("targeting.location", assertThrows(ValidationException.class,
                () -> new Targeting(null, null, null, "")).problems().get(0).field());
    }
}
