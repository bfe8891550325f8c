package adengine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppConfigTest {

    @Test
    void botAdminIdsAreACommaSeparatedListOfTelegramUserIds() {
        AppConfig config = AppConfig.fromEnvironment(Map.of("BOT_ADMIN_IDS", " 123, 9007199254740993 ,123"));

        assertEquals(Set.of(123L, 9_007_199_254_740_993L), config.botAdminIds());
    }

    @Test
    void withoutBotAdminIdsThereAreNone() {
        assertEquals(Set.of(), AppConfig.fromEnvironment(Map.of()).botAdminIds());
        assertEquals(Set.of(), AppConfig.fromEnvironment(Map.of("BOT_ADMIN_IDS", "  ")).botAdminIds());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "123;456", "123,,456", "123,", "-5", "0", "1.5", "99999999999999999999", "@admin"})
    void garbageInBotAdminIdsStopsTheProgramNamingTheVariable(String value) {
        ConfigException rejected = assertThrows(ConfigException.class,
                () -> AppConfig.fromEnvironment(Map.of("BOT_ADMIN_IDS", value)));

        assertTrue(rejected.getMessage().startsWith("BOT_ADMIN_IDS must be a comma-separated list"), rejected.getMessage());
    }

    @Test
    void theConfigurationNeverPrintsAdminIds() {
        String printed = AppConfig.fromEnvironment(Map.of("BOT_ADMIN_IDS", "424242")).toString();

        assertTrue(printed.contains("botAdminIds=1") && !printed.contains("424242"), printed);
    }
}
