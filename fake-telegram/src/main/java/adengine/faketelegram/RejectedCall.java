package adengine.faketelegram;

/** A Bot API call the fake refused as Telegram would, with the request that caused it. */
public record RejectedCall(String method, int errorCode, String description, String request) {

    @Override
    public String toString() {
        return method + " → " + errorCode + " " + description + "\n    " + request;
    }
}
