package adengine.api.http;

import adengine.core.common.Problem;

/** What can be wrong with a request's form before core's rules apply: JSON types, query strings, multipart. */
public enum InputProblem implements Problem {
    NULL_VALUE("must not be null"),
    NOT_A_STRING("must be a string"),
    NOT_A_BOOLEAN("must be true or false"),
    NOT_A_UUID("must be a UUID"),
    NOT_AN_INTEGER("must be an integer"),
    OUT_OF_RANGE("is out of range"),
    NOT_A_NUMBER("must be a number"),
    /** {0}: the values allowed */
    NOT_ONE_OF("must be one of {0}"),
    NOT_AN_OBJECT("must be an object"),
    NOT_AN_OBJECT_OR_NULL("must be an object or null"),
    /** {0}: the stored value */
    READ_ONLY("is read-only and must equal the stored value {0}"),
    /** {0}: the field's name */
    MULTIPART_FIELD_REQUIRED("is required (a multipart field named '{0}')"),
    /** {0}: what the reader said */
    MULTIPART_UNREADABLE("could not be read as multipart/form-data: {0}"),
    SWITCH_STATE_REQUIRED("is required (true or false); send no body to flip the switch"),
    CHAT_ID("must be a Telegram chat id: a non-zero integer"),
    RATE_REQUIRED("is required to enable the simulation");

    private final String pattern;

    InputProblem(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public String pattern() {
        return pattern;
    }
}
