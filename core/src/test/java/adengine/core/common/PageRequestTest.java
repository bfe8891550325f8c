package adengine.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

    @ParameterizedTest
    @CsvSource({"1, 10, 0", "3, 100, 200", "2147483647, 100, 214748364600"})
    void offsetCountsFromPageOne(int page, int size, long offset) {
        assertEquals(offset, new PageRequest(page, size).offset());
    }

    @ParameterizedTest
    @CsvSource({"0, 10, page", "1, 0, size", "1, 101, size", "-1, 10, page"})
    void outOfRangeIsRejected(int page, int size, String field) {
        assertEquals(field, assertThrows(ValidationException.class, () -> new PageRequest(page, size)).problems().get(0).field());
    }
}
