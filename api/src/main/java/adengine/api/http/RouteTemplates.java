package adengine.api.http;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import spark.routematch.RouteMatch;

/**
 * The route templates of a server, to name requests by the route they matched rather than by
 * their path, which carries ids: {@code /ads/:adId/click} is written {@code /ads/{adId}/click}.
 * Matching follows Spark's rules for the templates used here: {@code :name} is one segment,
 * {@code *} the rest of the path; the first template registered wins.
 */
public final class RouteTemplates {
    public static final String UNMATCHED = "unmatched";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");

    private final List<Template> templates;

    private RouteTemplates(List<Template> templates) {
        this.templates = templates;
    }

    /** The routes (not the filters) among Spark's route table. */
    public static RouteTemplates of(List<RouteMatch> routes) {
        return new RouteTemplates(routes.stream()
                .filter(route -> METHODS.contains(route.getHttpMethod().name()))
                .map(route -> new Template(route.getHttpMethod().name().toUpperCase(Locale.ROOT), route.getMatchUri()))
                .toList());
    }

    /** The template that {@code method} and {@code path} match, or {@link #UNMATCHED}. */
    public String routeOf(String method, String path) {
        String[] segments = segments(path);
        for (Template template : templates) {
            if (template.method.equals(method) && template.matches(segments)) {
                return template.label;
            }
        }
        return UNMATCHED;
    }

    /** Whether {@code route}, as {@code "METHOD /template"}, is one of these. */
    public boolean has(String route) {
        return templates.stream().anyMatch(template -> route.equals(template.method + " " + template.label));
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    private static final class Template {
        private final String method;
        private final String[] segments;
        private final String label;

        Template(String method, String uri) {
            this.method = method;
            this.segments = segments(uri);
            StringBuilder label = new StringBuilder();
            for (String segment : segments) {
                label.append('/').append(segment.startsWith(":") ? "{" + segment.substring(1) + "}" : segment);
            }
            this.label = label.length() == 0 ? "/" : label.toString();
        }

        boolean matches(String[] path) {
            for (int i = 0; i < segments.length; i++) {
                if (segments[i].equals("*")) {
                    return path.length > i;
                }
                if (i >= path.length || !(segments[i].startsWith(":") ? !path[i].isEmpty() : segments[i].equals(path[i]))) {
                    return false;
                }
            }
            return path.length == segments.length;
        }
    }
}
