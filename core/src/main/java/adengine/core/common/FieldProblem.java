package adengine.core.common;

import java.util.Objects;

/** One reason why one input field was rejected, e.g. {@code ("age", "must be between 0 and 150")}. */
public record FieldProblem(String field, String problem) {
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(problem, "problem");
    }

    /** The same problem for a field nested under {@code prefix}, e.g. {@code [3].age} or {@code targeting.age_to}. */
    public FieldProblem under(String prefix) {
        return new FieldProblem(field.startsWith("[") ? prefix + field : prefix + "." + field, problem);
    }
}
