package adengine.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import adengine.api.http.ErrorMapper;
import adengine.bot.conversation.Explanations;
import adengine.bot.conversation.Texts;
import adengine.core.common.DependencyUnavailableException;
import adengine.core.common.FieldProblem;
import adengine.core.common.NotFoundException;
import adengine.core.common.Rule;
import adengine.core.common.ValidationException;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every exception core declares for its callers (a concrete RuntimeException of
 * {@code adengine.core.common}) has an answer of its own in both adapters, not their fallback for
 * the unexpected: a status and code of the REST API, a text of the bot. The exceptions are read
 * from the package on the class path, so one added later is held to this too.
 */
class CoreExceptionsAnsweredTest {
    /** An argument for each parameter type of the exceptions' constructors. */
    private static final Map<Class<?>, Object> SAMPLES = Map.of(
            String.class, "sample",
            Object.class, "sample",
            Throwable.class, new IllegalStateException("cause"),
            List.class, List.of(new FieldProblem("field", Rule.REQUIRED)),
            FieldProblem.class, new FieldProblem("field", Rule.REQUIRED));

    @Test
    void theScanFindsTheKnownExceptions() throws Exception {
        assertTrue(coreExceptions().containsAll(List.of(NotFoundException.class, ValidationException.class,
                DependencyUnavailableException.class)), coreExceptions().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("coreExceptions")
    void theRestApiAnswersIt(Class<?> type) {
        assertTrue(ErrorMapper.answer(instance(type)).isPresent(), type.getName() + " would be answered 500 internal_error");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("coreExceptions")
    void theBotExplainsIt(Class<?> type) {
        assertTrue(Explanations.of(Texts.forLanguage("en"), instance(type)).isPresent(),
                type.getName() + " would be told as 'something went wrong'");
    }

    static List<Class<?>> coreExceptions() throws IOException, URISyntaxException {
        String packageName = NotFoundException.class.getPackageName();
        Path location = Path.of(NotFoundException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // core's classes are a folder in a reactor build up to the tests, a jar after packaging
        try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location);
                Stream<Path> files = Files.list((jar == null ? location : jar.getPath("/")).resolve(packageName.replace('.', '/')))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class"))
                    .<Class<?>>map(name -> load(packageName + "." + name.substring(0, name.length() - ".class".length())))
                    .filter(type -> RuntimeException.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers()))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, CoreExceptionsAnsweredTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static RuntimeException instance(Class<?> type) {
        for (Constructor<?> constructor : type.getConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (SAMPLES.keySet().containsAll(List.of(parameters))) {
                try {
                    return (RuntimeException) constructor.newInstance(Arrays.stream(parameters).map(SAMPLES::get).toArray());
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError("cannot make a " + type.getName(), e);
                }
            }
        }
        throw new AssertionError("no public constructor of " + type.getName() + " takes only " + SAMPLES.keySet()
                + ": add a sample of its parameters");
    }
}
