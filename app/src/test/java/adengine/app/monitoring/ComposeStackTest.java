package adengine.app.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The Compose stack's defences, read from compose.yaml, prometheus.yml and .env.example, with
 * the two shell steps run as their containers would run them: the consoles listen on this
 * machine only, nothing starts while a secret is still a placeholder of .env.example, and
 * Prometheus sends the admin token that the instances ask for on /metrics.
 */
class ComposeStackTest {
    private static final Path ROOT = DashboardQueriesTest.repositoryRoot();
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("^\\$\\{([A-Z_]+):\\?.*}$");
    private static final String SECRETS_CHECK = "secrets-check";

    @Test
    void grafanaPrometheusAndTheMinioConsoleArePublishedOnThisMachineOnly() {
        for (String service : List.of("grafana", "prometheus", "minio")) {
            List<Object> ports = list(service(service).get("ports"));

            assertTrue(!ports.isEmpty(), service);
            for (Object port : ports) {
                assertTrue(port.toString().startsWith("127.0.0.1:"), service + " publishes " + port);
            }
        }
    }

    @Test
    void everyServiceStartsOnlyAfterTheSecretsCheckPassed() {
        for (String service : services().keySet()) {
            if (!service.equals(SECRETS_CHECK)) {
                assertTrue(waitsForTheSecretsCheck(service, new HashSet<>()), service + " may start before " + SECRETS_CHECK);
            }
        }
    }

    @Test
    void thePlaceholdersOfEnvExampleStopTheStackAndRealSecretsPass() {
        Map<String, String> placeholders = secretsCheckEnvironment(envExample());
        Map<String, String> real = new LinkedHashMap<>();
        placeholders.keySet().forEach(name -> real.put(name, "s3cret-" + name.length() + "-value"));

        Run refused = run(secretsCheckScript(), placeholders);
        Run passed = run(secretsCheckScript(), real);

        assertTrue(placeholders.containsKey("GRAFANA_ADMIN_PASSWORD") && placeholders.containsKey("ADMIN_API_TOKEN"), placeholders.toString());
        assertNotEquals(0, refused.exitCode(), "the placeholders of .env.example must stop the stack");
        for (String name : placeholders.keySet()) {
            assertTrue(refused.output().contains(name), name + " is named: " + refused.output());
        }
        assertEquals(0, passed.exitCode(), passed.output());
    }

    @Test
    void prometheusSendsTheAdminTokenFromTheFileItsContainerWrites(@TempDir Path config) throws IOException {
        Map<String, Object> prometheus = service("prometheus");
        Map<String, Object> job = adengineScrapeJob();
        @SuppressWarnings("unchecked")
        Map<String, Object> authorization = (Map<String, Object>) job.get("authorization");
        String tokenFile = authorization.get("credentials_file").toString();
        List<Object> entrypoint = list(prometheus.get("entrypoint"));
        String script = entrypoint.get(2).toString().replace("$$", "$")
                .replace("/etc/prometheus/", config.toString() + "/")
                .replace("exec /bin/prometheus", "exec true");
        Files.createDirectories(config.resolve(tokenFile).getParent());

        Run run = run(script, Map.of("ADMIN_API_TOKEN", "the-admin-token"));

        assertEquals("Bearer", authorization.get("type"));
        assertTrue(list(prometheus.get("volumes")).contains("./monitoring/prometheus:/etc/prometheus:ro"));
        assertTrue(list(prometheus.get("tmpfs")).stream().anyMatch(mount -> mount.toString()
                .startsWith("/etc/prometheus/" + Path.of(tokenFile).getParent() + ":")), "the token lives in memory");
        assertTrue(Files.isDirectory(ROOT.resolve("monitoring/prometheus").resolve(tokenFile).getParent()), "the mount point exists");
        assertTrue(environment(prometheus).containsKey("ADMIN_API_TOKEN"));
        assertEquals(0, run.exitCode(), run.output());
        assertEquals("the-admin-token", Files.readString(config.resolve(tokenFile)), "exactly the token, no newline");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(config.resolve(tokenFile))));
    }

    // ------------------------------------------------------------------ reading the files

    private static Map<String, Object> compose() {
        return load(ROOT.resolve("compose.yaml"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services() {
        return (Map<String, Object>) compose().get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        return (Map<String, Object>) services().get(name);
    }

    @SuppressWarnings("unchecked")
    private static boolean waitsForTheSecretsCheck(String service, Set<String> seen) {
        Object dependsOn = service(service).get("depends_on");
        if (!(dependsOn instanceof Map) || !seen.add(service)) {
            return false;
        }
        Map<String, Object> dependencies = (Map<String, Object>) dependsOn;
        Object check = dependencies.get(SECRETS_CHECK);
        if (check instanceof Map && "service_completed_successfully".equals(((Map<String, Object>) check).get("condition"))) {
            return true;
        }
        return dependencies.keySet().stream().anyMatch(dependency -> waitsForTheSecretsCheck(dependency, seen));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> adengineScrapeJob() {
        Map<String, Object> prometheus = load(ROOT.resolve("monitoring/prometheus/prometheus.yml"));
        return list(prometheus.get("scrape_configs")).stream()
                .map(job -> (Map<String, Object>) job)
                .filter(job -> "adengine".equals(job.get("job_name")))
                .findFirst()
                .orElseThrow();
    }

    private static String secretsCheckScript() {
        return list(service(SECRETS_CHECK).get("command")).get(2).toString().replace("$$", "$");
    }

    /** The check's environment with each ${NAME:?…} replaced by NAME's value in {@code values}. */
    private static Map<String, String> secretsCheckEnvironment(Map<String, String> values) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment(service(SECRETS_CHECK)).forEach((name, value) -> {
            Matcher required = REQUIRED_VARIABLE.matcher(value);
            assertTrue(required.matches(), name + " must be required from .env: " + value);
            environment.put(name, values.get(required.group(1)));
        });
        return environment;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> environment = new LinkedHashMap<>();
        ((Map<String, Object>) service.get("environment")).forEach((name, value) -> environment.put(name, String.valueOf(value)));
        return environment;
    }

    private static Map<String, String> envExample() {
        Map<String, String> values = new HashMap<>();
        try {
            for (String line : Files.readAllLines(ROOT.resolve(".env.example"))) {
                int equals = line.indexOf('=');
                if (!line.startsWith("#") && equals > 0) {
                    values.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : new ArrayList<>((List<Object>) value);
    }

    private static Map<String, Object> load(Path file) {
        try {
            return new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ running a container's shell step here

    private record Run(int exitCode, String output) {
    }

    /** Runs {@code script} with {@code sh -c} and only these environment variables (and PATH). */
    private static Run run(String script, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true);
        String path = builder.environment().get("PATH");
        builder.environment().clear();
        builder.environment().put("PATH", path);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Run(process.waitFor(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
