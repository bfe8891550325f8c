package adengine.api.http;

import java.util.Optional;
import spark.Request;

/**
 * The path that routing and authorization both decide on: the raw request URI, which is what the
 * router matches, accepted only when decoding could not make it a different path. So a percent
 * escape ({@code %2f}, {@code %2e}, {@code %00}, overlong UTF-8), a {@code ;} parameter, an empty
 * segment ({@code //}, a trailing {@code /}) or a dot segment is refused: no AdEngine path needs
 * one, and each is read differently by the router, the servlet's decoded path and proxies.
 */
public final class RoutedPath {
    private RoutedPath() {
    }

    /** The request's path; a {@link BadRequestException} when it is ambiguous. */
    public static String of(Request req) {
        String path = req.raw().getRequestURI();
        problem(path).ifPresent(problem -> {
            throw new BadRequestException(problem);
        });
        return path;
    }

    /** The request's path when it is unambiguous. */
    public static Optional<String> valid(Request req) {
        String path = req.raw().getRequestURI();
        return problem(path).isEmpty() ? Optional.of(path) : Optional.empty();
    }

    /** Why {@code path} is refused, or empty when it is accepted. */
    static Optional<String> problem(String path) {
        if (path == null || !path.startsWith("/")) {
            return Optional.of("the path must start with /");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%') {
                return Optional.of("percent-encoded characters are not accepted in the path");
            }
            if (c == ';') {
                return Optional.of("path parameters (;) are not accepted");
            }
            if (!isPathCharacter(c)) {
                return Optional.of("the path may contain only ASCII letters, digits, '-', '.', '_', '~' and '/'");
            }
        }
        if (path.equals("/")) {
            return Optional.empty();
        }
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.isEmpty()) {
                return Optional.of("empty path segments (// or a trailing /) are not accepted");
            }
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("dot segments (. and ..) are not accepted in the path");
            }
        }
        return Optional.empty();
    }

    /** RFC 3986's unreserved characters and the segment separator. */
    private static boolean isPathCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    }
}
