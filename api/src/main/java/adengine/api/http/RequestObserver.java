package adengine.api.http;

/** Hears how the REST API answered, for monitoring; must be fast and must not throw. */
public interface RequestObserver {
    /** Hears nothing. */
    RequestObserver NONE = new RequestObserver() {
        @Override
        public void answered(String method, String route, int status, long nanos) {
        }

        @Override
        public void errorAnswered(int status, String error) {
        }

        @Override
        public void invalidClick() {
        }
    };

    /**
     * A request was answered. {@code route} is the template of the route that matched (such as
     * {@code /ads/{adId}/click}), never the raw path, or {@link RouteTemplates#UNMATCHED}.
     */
    void answered(String method, String route, int status, long nanos);

    /** An error body was written: its status and machine code. */
    void errorAnswered(int status, String error);

    /** A click report was refused before reaching the ad service: bad ad id or body. */
    void invalidClick();
}
