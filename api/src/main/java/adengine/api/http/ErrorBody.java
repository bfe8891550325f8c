package adengine.api.http;

import adengine.core.common.FieldProblem;
import java.util.List;

/** The error body of every endpoint: a machine code, a human message and the bad fields. */
public record ErrorBody(String error, String message, List<FieldProblem> details) {
    public ErrorBody {
        details = List.copyOf(details);
    }

    public ErrorBody(String error, String message) {
        this(error, message, List.of());
    }
}
