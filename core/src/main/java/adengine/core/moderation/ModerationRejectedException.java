package adengine.core.moderation;

import adengine.core.common.FieldProblem;
import java.util.List;
import java.util.stream.Collectors;

/** One or more texts were rejected by moderation, each named with its reason; nothing was stored. */
public final class ModerationRejectedException extends RuntimeException {
    private final List<FieldProblem> rejections;

    public ModerationRejectedException(List<FieldProblem> rejections) {
        super(rejections.stream()
                .map(rejection -> rejection.field() + " was rejected by moderation: " + rejection.english())
                .collect(Collectors.joining("; ")));
        this.rejections = List.copyOf(rejections);
    }

    /** Every rejected field with its reason, in the order the fields were checked. */
    public List<FieldProblem> rejections() {
        return rejections;
    }
}
