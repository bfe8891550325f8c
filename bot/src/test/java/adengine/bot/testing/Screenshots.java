package adengine.bot.testing;

import adengine.faketelegram.Transcript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * Writes conversation pictures into the repository's {@code screenshots/} folder, only when the
 * build is run with {@code -Dscreenshots=true}: ordinary test runs never rewrite tracked files.
 */
public final class Screenshots {

    public static final String PROPERTY = "screenshots";

    private Screenshots() {
    }

    /** Renders the transcript to {@code screenshots/<name>.png} when asked to; returns the file written. */
    public static Optional<Path> saveIfRequested(String name, Transcript transcript) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return Optional.empty();
        }
        if (!name.matches("[\\w-]+")) {
            throw new IllegalArgumentException("A screenshot name is letters, digits, '-' and '_': " + name);
        }
        Path png = repositoryRoot().resolve("screenshots").resolve(name + ".png");
        new ConversationRenderer().write(transcript, png);
        return Optional.of(png);
    }

    /** Maven's multi-module directory when the test JVM knows it, else the topmost folder with a pom.xml. */
    static Path repositoryRoot() {
        String fromMaven = System.getProperty("maven.multiModuleProjectDirectory");
        if (fromMaven != null && Files.isRegularFile(Paths.get(fromMaven, "pom.xml"))) {
            return Paths.get(fromMaven).toAbsolutePath();
        }
        Path dir = Paths.get("").toAbsolutePath();
        Path root = null;
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml"))) {
                root = p;
            } else if (root != null) {
                break;
            }
        }
        if (root == null) {
            throw new IllegalStateException("No pom.xml at or above " + dir);
        }
        return root;
    }
}
