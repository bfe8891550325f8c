package adengine.bot.campaign;

import adengine.bot.conversation.Texts;
import adengine.core.common.FieldProblem;
import java.util.List;

/** A typed value the dialog cannot take: unreadable (a text key of the bot) or against core's rules. */
final class InvalidInput extends RuntimeException {
    private final String textKey;
    private final transient Object[] args;
    private final transient List<FieldProblem> problems;

    /** The form is wrong, e.g. letters where a number belongs. */
    InvalidInput(String textKey, Object... args) {
        super(textKey, null, false, false);
        this.textKey = textKey;
        this.args = args;
        this.problems = List.of();
    }

    /** Core refused the value. */
    InvalidInput(List<FieldProblem> problems) {
        super(problems.get(0).code(), null, false, false);
        this.textKey = null;
        this.args = new Object[0];
        this.problems = List.copyOf(problems);
    }

    String explain(Texts texts) {
        return textKey != null ? texts.get(textKey, args) : texts.problems(problems);
    }
}
