package adengine.api.http;

import adengine.core.common.FieldProblem;
import java.util.List;

/** The error body of every endpoint: a machine code, a human message and the bad fields. */
public record ErrorBody(String error, String message, List<Detail> details) {
    public ErrorBody {
        details = List.copyOf(details);
    }

    public ErrorBody(String error, String message) {
        this(error, message, List.of());
    }

    /** One bad field and what is wrong with it, in English, as the contract shapes it. */
    public record Detail(String field, String problem) {
        static Detail of(FieldProblem problem) {
            return new Detail(problem.field(), problem.english());
        }
    }

    static ErrorBody of(String error, String message, List<FieldProblem> problems) {
        return new ErrorBody(error, message, problems.stream().map(Detail::of).toList());
    }
}
