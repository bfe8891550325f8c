package adengine.core.common;

import java.util.Objects;

/** The request is valid on its own but conflicts with the current state, e.g. a locked field. */
public final class ConflictException extends RuntimeException {
    private final transient FieldProblem problem;

    public ConflictException(FieldProblem problem) {
        super(problem.field() + " " + problem.english());
        this.problem = Objects.requireNonNull(problem);
    }

    public FieldProblem problem() {
        return problem;
    }
}
