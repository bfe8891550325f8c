package adengine.persistence.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A small text file holding a secret, readable and writable by the account running the program
 * only (where the file system knows POSIX permissions). It is created with those permissions, so
 * the secret is never readable by others, not even for a moment.
 */
public final class OwnerOnlyFile {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path path;

    public OwnerOnlyFile(Path path) {
        this.path = Objects.requireNonNull(path).toAbsolutePath();
    }

    /** A new random secret: 24 bytes in hex, safe in a URL, a config file and an SQL literal. */
    public static String randomSecret() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    public Path path() {
        return path;
    }

    /** The stored text, or empty when the file does not exist or is blank; a file others could read is narrowed to its owner first. */
    public Optional<String> read() {
        try {
            if (!Files.exists(path)) {
                return Optional.empty();
            }
            if (isPosix()) {
                Files.setPosixFilePermissions(path, OWNER_ONLY);
            }
            return Optional.of(Files.readString(path, StandardCharsets.UTF_8).strip()).filter(text -> !text.isEmpty());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }

    /** The stored text; when there is none, {@code create}'s text, stored first. */
    public String readOrCreate(Supplier<String> create) {
        return read().orElseGet(() -> {
            String text = create.get();
            write(text);
            return text;
        });
    }

    /** Replaces the file with a new one holding {@code text}. */
    public void write(String text) {
        try {
            Files.createDirectories(path.getParent());
            Files.deleteIfExists(path);
            Files.createFile(path, ownerOnly());
            Files.writeString(path, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException(path + " was created by someone else while it was being written", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + path, e);
        }
    }

    public void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + path, e);
        }
    }

    private FileAttribute<?>[] ownerOnly() {
        return isPosix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
    }

    private boolean isPosix() {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
