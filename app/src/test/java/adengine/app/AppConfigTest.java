package adengine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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

    @Test
    void withoutVariablesTheDependenciesGetTheDefaultTimeoutsAndBreakers() {
        assertEquals(Resilience.DEFAULT, AppConfig.fromEnvironment(Map.of()).resilience());
    }

    @Test
    void everyTimeoutAndTheBreakerAreSetByTheirVariables() {
        Resilience resilience = AppConfig.fromEnvironment(Map.ofEntries(
                Map.entry("DATABASE_CONNECT_TIMEOUT_MS", "3000"),
                Map.entry("DATABASE_ACQUIRE_TIMEOUT_MS", "700"),
                Map.entry("DATABASE_STATEMENT_TIMEOUT_MS", "5000"),
                Map.entry("DATABASE_SOCKET_TIMEOUT_MS", "6000"),
                Map.entry("DATABASE_BULK_TIMEOUT_MS", "90000"),
                Map.entry("REDIS_CONNECT_TIMEOUT_MS", "900"),
                Map.entry("REDIS_TIMEOUT_MS", "300"),
                Map.entry("BREAKER_FAILURES", "5"),
                Map.entry("BREAKER_PROBE_INTERVAL_MS", "250"),
                Map.entry("HEALTH_REFRESH_MS", "4000"),
                Map.entry("HEALTH_PROBE_TIMEOUT_MS", "1500"))).resilience();

        assertEquals(Duration.ofMillis(3000), resilience.database().connect());
        assertEquals(Duration.ofMillis(700), resilience.database().acquire());
        assertEquals(Duration.ofMillis(5000), resilience.database().statement());
        assertEquals(Duration.ofMillis(6000), resilience.database().socket());
        assertEquals(Duration.ofMillis(90000), resilience.database().bulk());
        assertEquals(Duration.ofMillis(900), resilience.redis().connect());
        assertEquals(Duration.ofMillis(300), resilience.redis().command());
        assertEquals(5, resilience.breakerFailures());
        assertEquals(Duration.ofMillis(250), resilience.breakerProbeInterval());
        assertEquals(Duration.ofMillis(4000), resilience.healthRefresh());
        assertEquals(Duration.ofMillis(1500), resilience.healthProbeTimeout());
    }

    @ParameterizedTest
    @ValueSource(strings = {"DATABASE_ACQUIRE_TIMEOUT_MS=100", "REDIS_TIMEOUT_MS=0", "BREAKER_FAILURES=0", "DATABASE_SOCKET_TIMEOUT_MS=1s"})
    void aBadTimeoutStopsTheProgramNamingTheVariable(String assignment) {
        String[] parts = assignment.split("=");
        ConfigException rejected = assertThrows(ConfigException.class, () -> AppConfig.fromEnvironment(Map.of(parts[0], parts[1])));

        assertTrue(rejected.getMessage().startsWith(parts[0] + " must be"), rejected.getMessage());
    }
}
