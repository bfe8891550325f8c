package adengine.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {
    @ParameterizedTest
    @CsvSource({"0, 0.00", "0E-12, 0.00", "7.2, 7.20", "10, 10.00", "1E+2, 100.00", "0.125, 0.125", "3.3300, 3.33",
        "0.000000000001, 0.000000000001", "123456789012.123456789012, 123456789012.123456789012"})
    void moneyShowsCentsAndNeverRounds(String amount, String shown) {
        assertEquals(shown, Money.shown(new BigDecimal(amount)).toPlainString());
    }
}
