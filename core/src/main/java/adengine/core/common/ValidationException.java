package adengine.core.common;

import java.util.List;

/** Input that breaks a rule; nothing was changed. */
public final class ValidationException extends RuntimeException {
    private final transient List<FieldProblem> problems;

    public ValidationException(List<FieldProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public ValidationException(String field, Problem problem, Object... args) {
        this(List.of(new FieldProblem(field, problem, args)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String summary(List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one problem");
        }
        FieldProblem first = problems.get(0);
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
        return first.field() + " " + first.english() + more;
    }
}
