package adengine.core.testing;

import adengine.core.access.ClaimCodeStore;
import java.util.Optional;

/** A claim code kept in memory; one instance stands for one data folder. */
public final class InMemoryClaimCodeStore implements ClaimCodeStore {
    private String code;

    @Override
    public synchronized Optional<String> read() {
        return Optional.ofNullable(code);
    }

    @Override
    public synchronized void write(String newCode) {
        code = newCode;
    }

    @Override
    public synchronized void delete() {
        code = null;
    }

    @Override
    public String location() {
        return "memory";
    }
}
