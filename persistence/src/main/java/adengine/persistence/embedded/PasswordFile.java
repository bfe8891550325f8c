package adengine.persistence.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/** A generated secret kept in a file that only its owner may read. */
final class PasswordFile {
    private static final int RANDOM_BYTES = 24;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;

    PasswordFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    /** The password in the file, its permissions narrowed to the owner; empty when there is no file. */
    Optional<String> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            ownerOnly();
            String password = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (password.isEmpty()) {
                throw new IllegalStateException(file + " is empty; restore the password it held");
            }
            return Optional.of(password);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /** A new random password, written to a new file that is owner-only from its creation. */
    String create() {
        String password = HexFormat.of().formatHex(random());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (isPosix()) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
                ownerOnly();
            }
            Files.writeString(file, password, StandardCharsets.UTF_8);
            return password;
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException(file + " appeared while it was being created", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    private static byte[] random() {
        byte[] bytes = new byte[RANDOM_BYTES];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private void ownerOnly() throws IOException {
        if (isPosix()) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } else {
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
            file.toFile().setWritable(false, false);
            file.toFile().setWritable(true, true);
        }
    }

    private boolean isPosix() {
        return Files.getFileAttributeView(file.toAbsolutePath().getParent(), PosixFileAttributeView.class) != null;
    }
}
