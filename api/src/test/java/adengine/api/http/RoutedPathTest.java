package adengine.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoutedPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/ads", "/health", "/generate_ad_text", "/openapi.yaml", "/docs/swagger-ui-bundle.js",
            "/ads/0b7c8a52-2d4e-4b8e-9d7a-3c1f5e6a7b80/click", "/Clients/ABC", "/a~b/c.d"})
    void aPathThatDecodingCannotChangeIsAccepted(String path) {
        assertEquals(Optional.empty(), RoutedPath.problem(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/clients/..%2fads%2fx%2fimage", "/%61ds", "/ads%00", "/ads/%2e%2e/time", "/%c0%afads",
            "/time%", "/time%2"})
    void aPercentEscapeIsRefused(String path) {
        assertProblem(path, "percent-encoded");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/time;x=1", "/clients/x;/ads", "/ads/x/image;jsessionid=1"})
    void aPathParameterIsRefused(String path) {
        assertProblem(path, "(;)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//time", "/time/", "/clients//x", "/ads/x//image"})
    void anEmptySegmentIsRefused(String path) {
        assertProblem(path, "empty path segments");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/clients/../time", "/./time", "/time/.", "/ads/..", "/.."})
    void aDotSegmentIsRefused(String path) {
        assertProblem(path, "dot segments");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/time\\advance", "/tïme", "/time advance", "/ads/x\u0000", "/clients/x?y", "/a:b", "/a@b",
            "/a+b", "/a,b"})
    void anyOtherCharacterIsRefused(String path) {
        assertProblem(path, "only ASCII letters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "time", "*", "http://host/time"})
    void aPathNotStartingWithASlashIsRefused(String path) {
        assertProblem(path, "must start with /");
    }

    private static void assertProblem(String path, String expected) {
        Optional<String> problem = RoutedPath.problem(path);
        assertTrue(problem.isPresent(), path + " was accepted");
        assertTrue(problem.get().contains(expected), path + ": " + problem.get());
    }
}
