package adengine.api.ops;

import adengine.core.common.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import spark.Route;
import spark.Service;

/**
 * The OpenAPI document at {@code /openapi.yaml} and Swagger UI, from its webjar, at {@code /docs},
 * where {@code /} leads. Each is also routed for HEAD, so a HEAD names the type its GET sends
 * (Spark would otherwise answer it from the GET route's existence alone, typed as HTML).
 */
public final class DocsRoutes {
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript", "css", "text/css", "png", "image/png", "html", "text/html", "map", "application/json");
    private static final String PAGE = """
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>AdEngine API</title>
              <link rel="stylesheet" href="/docs/swagger-ui.css">
            </head>
            <body>
              <div id="swagger-ui"></div>
              <script src="/docs/swagger-ui-bundle.js"></script>
              <script>window.ui = SwaggerUIBundle({url: '/openapi.yaml', dom_id: '#swagger-ui'});</script>
            </body>
            </html>
            """;

    private final byte[] openApi = resource("openapi.yaml");
    private final String swaggerUiRoot = WEBJAR + swaggerUiVersion() + "/";

    public void register(Service http) {
        // 302, not a permanent redirect, which browsers would keep after the documentation moved;
        // set by hand, as Spark's redirect with a status goes through the servlet's error page
        getAndHead(http, "/", (req, res) -> {
            res.status(302);
            res.header("Location", "/docs");
            return "";
        });
        getAndHead(http, "/openapi.yaml", (req, res) -> {
            res.type("application/yaml");
            return openApi;
        });
        getAndHead(http, "/docs", (req, res) -> {
            res.type("text/html; charset=utf-8");
            return PAGE;
        });
        getAndHead(http, "/docs/:file", (req, res) -> {
            String file = req.params("file");
            String extension = file.substring(file.lastIndexOf('.') + 1);
            InputStream content = file.contains("..") || !TYPES.containsKey(extension)
                    ? null
                    : DocsRoutes.class.getClassLoader().getResourceAsStream(swaggerUiRoot + file);
            if (content == null) {
                throw new NotFoundException("documentation file", file);
            }
            res.type(TYPES.get(extension));
            res.header("Cache-Control", "public, max-age=86400");
            return content;
        });
    }

    /** These routes only read resources, so a HEAD may run them: the server sends the headers without the body. */
    private static void getAndHead(Service http, String path, Route route) {
        http.get(path, route);
        http.head(path, route);
    }

    private static String swaggerUiVersion() {
        Properties pom = new Properties();
        try (InputStream in = DocsRoutes.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            pom.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the swagger-ui webjar is missing from the classpath", e);
        }
        return pom.getProperty("version");
    }

    private static byte[] resource(String name) {
        try (InputStream in = DocsRoutes.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
