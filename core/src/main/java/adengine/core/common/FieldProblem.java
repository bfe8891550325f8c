package adengine.core.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** One reason why one input field was rejected, e.g. {@code ("age", BETWEEN, [0, 150])}. */
public record FieldProblem(String field, Problem problem, List<Object> args) {
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(problem, "problem");
        args = Collections.unmodifiableList(new ArrayList<>(args)); // a stored value echoed back may be null
    }

    public FieldProblem(String field, Problem problem, Object... args) {
        this(field, problem, Arrays.asList(args));
    }

    public String code() {
        return problem.code();
    }

    /** The problem in English, as the REST API answers it. */
    public String english() {
        return problem.english(args);
    }

    /** The same problem for a field nested under {@code prefix}, e.g. {@code [3].age} or {@code targeting.age_to}. */
    public FieldProblem under(String prefix) {
        return new FieldProblem(field.startsWith("[") ? prefix + field : prefix + "." + field, problem, args);
    }
}
