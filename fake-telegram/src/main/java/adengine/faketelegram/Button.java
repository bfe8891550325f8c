package adengine.faketelegram;

/** One inline keyboard button as the user sees it; exactly one of callbackData and url is set (or neither for other kinds). */
public record Button(String text, String callbackData, String url) {

    @Override
    public String toString() {
        return "[" + text + (callbackData != null ? " → " + callbackData : url != null ? " ↗ " + url : "") + "]";
    }
}
