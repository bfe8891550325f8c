package adengine.bot.campaign;

/** A typed value the dialog cannot take; carries the text key (and arguments) of the explanation. */
final class InvalidInput extends RuntimeException {
    private final String textKey;
    private final transient Object[] args;

    InvalidInput(String textKey, Object... args) {
        super(textKey, null, false, false);
        this.textKey = textKey;
        this.args = args;
    }

    String textKey() {
        return textKey;
    }

    Object[] args() {
        return args;
    }
}
