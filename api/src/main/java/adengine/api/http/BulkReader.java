package adengine.api.http;

import adengine.core.common.FieldProblem;
import adengine.core.common.ValidationException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads every item of a bulk array; the problems of all items are reported together, named {@code [index].field}. */
public final class BulkReader {
    private static final int MAX_REPORTED_PROBLEMS = 100;

    private BulkReader() {
    }

    public static <T> List<T> read(ArrayNode array, Function<JsonObject, T> reader) {
        List<T> items = new ArrayList<>(array.size());
        List<FieldProblem> problems = new ArrayList<>();
        for (int index = 0; index < array.size() && problems.size() < MAX_REPORTED_PROBLEMS; index++) {
            JsonNode node = array.get(index);
            String prefix = "[" + index + "]";
            if (!node.isObject()) {
                problems.add(new FieldProblem(prefix, InputProblem.NOT_AN_OBJECT));
                continue;
            }
            try {
                items.add(reader.apply(JsonObject.of(node)));
            } catch (ValidationException e) {
                e.problems().forEach(problem -> problems.add(problem.under(prefix)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return items;
    }
}
