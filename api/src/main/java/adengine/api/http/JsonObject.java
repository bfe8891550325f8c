package adengine.api.http;

import adengine.core.common.FieldProblem;
import adengine.core.common.Problem;
import adengine.core.common.ValidationException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Typed reading of one JSON object. Each getter returns null when the field is absent or null,
 * and records a problem when the field has the wrong type; {@link #throwIfInvalid()} reports them
 * all at once. Rules about values (ranges, lengths) are the core's; this class only checks types.
 */
public final class JsonObject {
    private final JsonNode node;
    private final String prefix;
    private final List<FieldProblem> problems;

    private JsonObject(JsonNode node, String prefix) {
        this(node, prefix, new ArrayList<>());
    }

    private JsonObject(JsonNode node, String prefix, List<FieldProblem> problems) {
        this.node = node;
        this.prefix = prefix;
        this.problems = problems;
    }

    /** Reads {@code node}, which must be a JSON object. */
    public static JsonObject of(JsonNode node) {
        return new JsonObject(node, "");
    }

    public boolean has(String field) {
        return node.has(field);
    }

    public boolean isNull(String field) {
        return node.has(field) && node.get(field).isNull();
    }

    /** Records a problem for each of these fields that is present with an explicit null. */
    public JsonObject rejectNulls(String... fields) {
        for (String field : fields) {
            if (isNull(field)) {
                problem(field, InputProblem.NULL_VALUE);
            }
        }
        return this;
    }

    public String text(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            return problem(field, InputProblem.NOT_A_STRING);
        }
        return value.textValue();
    }

    public Boolean bool(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            return problem(field, InputProblem.NOT_A_BOOLEAN);
        }
        return value.booleanValue();
    }

    public UUID uuid(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return Uuids.parse(text);
        } catch (IllegalArgumentException e) {
            return problem(field, InputProblem.NOT_A_UUID);
        }
    }

    public Integer integer(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            return problem(field, InputProblem.NOT_AN_INTEGER);
        }
        if (!value.canConvertToInt()) {
            return problem(field, InputProblem.OUT_OF_RANGE);
        }
        return value.intValue();
    }

    public Long longInteger(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            return problem(field, InputProblem.NOT_AN_INTEGER);
        }
        if (!value.canConvertToLong()) {
            return problem(field, InputProblem.OUT_OF_RANGE);
        }
        return value.longValue();
    }

    public BigDecimal decimal(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            return problem(field, InputProblem.NOT_A_NUMBER);
        }
        return value.decimalValue();
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            return problem(field, InputProblem.NOT_ONE_OF, allowed);
        }
    }

    /** The nested object, or null when absent or null; its problems are reported with this object's. */
    public JsonObject object(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            return problem(field, InputProblem.NOT_AN_OBJECT_OR_NULL);
        }
        return new JsonObject(value, path(field) + ".", problems);
    }

    public <T> T problem(String field, Problem problem, Object... args) {
        problems.add(new FieldProblem(path(field), problem, args));
        return null;
    }

    /**
     * Builds a core record from the values read, reporting the type problems found so far together
     * with the record's own validation problems (for fields without a type problem).
     */
    public <T> T build(Supplier<T> constructor) {
        T value = attempt(constructor);
        throwIfInvalid();
        return value;
    }

    /** Like {@link #build} but only records the problems, so that reading can go on; null when invalid. */
    public <T> T attempt(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (ValidationException e) {
            Set<String> reported = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
            e.problems().stream().filter(problem -> !reported.contains(problem.field())).forEach(problems::add);
            return null;
        }
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private JsonNode value(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private String path(String field) {
        return prefix + field;
    }
}
