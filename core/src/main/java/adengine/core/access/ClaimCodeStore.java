package adengine.core.access;

import java.util.Optional;

/**
 * Where the one-time admin claim code waits between starts until someone uses it: a place the
 * operator of the deployment can read and others cannot, so that the code never has to be logged.
 */
public interface ClaimCodeStore {
    Optional<String> read();

    void write(String code);

    void delete();

    /** Where the operator finds the code, for the log line that points there. */
    String location();
}
