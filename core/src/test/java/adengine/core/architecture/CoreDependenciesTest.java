package adengine.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The core depends on the JDK and slf4j-api only: adapters depend on it, never the other way. */
class CoreDependenciesTest {
    /** The JDK (image headers are read with javax.imageio, part of it), slf4j-api and the core itself. */
    private static final List<String> ALLOWED_IMPORTS = List.of("java.", "javax.imageio.", "org.slf4j.", "adengine.core.");

    @Test
    void coreSourcesImportOnlyTheJdkSlf4jAndTheCore() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            List<String> offending = sources
                    .filter(path -> path.toString().endsWith(".java"))
                    .flatMap(CoreDependenciesTest::imports)
                    .filter(imported -> ALLOWED_IMPORTS.stream().noneMatch(imported::startsWith))
                    .toList();

            assertEquals(List.of(), offending);
        }
    }

    /** Campaigns are what the ad decision chooses from: the decision knows campaigns, never the other way. */
    @Test
    void campaignsAndImagesImportNothingOfTheAdDecision() throws IOException {
        for (String feature : List.of("campaign", "image")) {
            try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java", "adengine", "core", feature))) {
                List<String> upward = sources
                        .filter(path -> path.toString().endsWith(".java"))
                        .flatMap(CoreDependenciesTest::imports)
                        .filter(imported -> imported.startsWith("adengine.core.ads."))
                        .toList();

                assertEquals(List.of(), upward, feature);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "org.jooq.DSLContext", "spark.Service", "org.redisson.api.RedissonClient", "io.minio.MinioClient",
        "com.openai.client.OpenAIClient", "org.telegram.telegrambots.meta.api.objects.Update",
        "com.fasterxml.jackson.databind.ObjectMapper"})
    void noFrameworkIsOnTheCoreClasspath(String className) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(className, false, getClass().getClassLoader()));
    }

    private static Stream<String> imports(Path source) {
        try {
            return Files.readAllLines(source).stream()
                    .map(String::trim)
                    .filter(line -> line.startsWith("import "))
                    .map(line -> line.replaceFirst("^import (static )?", "").replace(";", "") + " (" + source.getFileName() + ")");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
