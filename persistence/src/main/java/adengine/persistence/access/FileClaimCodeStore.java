package adengine.persistence.access;

import adengine.core.access.ClaimCodeStore;
import adengine.persistence.files.OwnerOnlyFile;
import java.nio.file.Path;
import java.util.Optional;

/** The admin claim code in a file of the data folder that only the account running the program can read. */
public final class FileClaimCodeStore implements ClaimCodeStore {
    private final OwnerOnlyFile file;

    public FileClaimCodeStore(Path path) {
        this.file = new OwnerOnlyFile(path);
    }

    @Override
    public Optional<String> read() {
        return file.read();
    }

    @Override
    public void write(String code) {
        file.write(code);
    }

    @Override
    public void delete() {
        file.delete();
    }

    @Override
    public String location() {
        return file.path().toString();
    }
}
