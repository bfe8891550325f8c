package adengine.app.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The monitoring files stay consistent with each other and with the metrics the program exports:
 * every PromQL query of every Grafana dashboard (and of every recording rule) names only metrics
 * that exist, so a renamed metric or a typo shows up here and not as an empty panel.
 *
 * <p>A name exists when it is a recording rule of {@code monitoring/prometheus/rules/*.yml}, a
 * family of {@code monitoring/metrics.txt} (a histogram {@code x} also gives {@code x_bucket},
 * {@code x_sum}, {@code x_count}), or one of {@link #JVM_AND_PROMETHEUS_METRICS}.
 */
class DashboardQueriesTest {

    /**
     * Names the program gets from the Prometheus Java client 1.x {@code JvmMetrics}
     * (JvmMemoryMetrics, JvmGarbageCollectorMetrics: a summary, JvmThreadsMetrics, ProcessMetrics)
     * and {@code up}, which Prometheus writes itself for every scrape target. Only names checked
     * against the client's sources are listed.
     */
    static final Set<String> JVM_AND_PROMETHEUS_METRICS = Set.of(
            "jvm_memory_used_bytes", "jvm_memory_committed_bytes", "jvm_memory_max_bytes",
            "jvm_memory_pool_used_bytes", "jvm_memory_pool_max_bytes",
            "jvm_gc_collection_seconds_count", "jvm_gc_collection_seconds_sum",
            "jvm_threads_current", "jvm_threads_daemon", "jvm_threads_peak", "jvm_threads_state",
            "process_cpu_seconds_total", "process_resident_memory_bytes", "process_start_time_seconds",
            "process_open_fds",
            "up");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = repositoryRoot();
    private static final Path MONITORING = ROOT.resolve("monitoring");

    // ------------------------------------------------------------------ the checks

    @Test
    void everyDashboardQueryUsesOnlyExistingMetricsAndRules() throws IOException {
        Map<String, String> rules = recordingRules();
        Set<String> known = knownMetrics(rules.keySet());
        List<String> problems = new ArrayList<>();
        int queries = 0;
        for (Path dashboard : dashboards()) {
            for (JsonNode panel : panels(JSON.readTree(dashboard.toFile()))) {
                for (String expr : expressions(panel)) {
                    queries++;
                    for (String name : PromQl.metricNames(expr)) {
                        if (name.contains(":") && !rules.containsKey(name)) {
                            problems.add(dashboard.getFileName() + " \"" + panel.path("title").asText()
                                    + "\": recording rule " + name + " is not defined in the rule files");
                        } else if (!known.contains(name)) {
                            problems.add(dashboard.getFileName() + " \"" + panel.path("title").asText()
                                    + "\": unknown metric " + name);
                        }
                    }
                }
            }
        }
        assertTrue(queries > 0, "no dashboard query found");
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPanelHasATitleADescriptionAndTheProvisionedDataSource() throws IOException {
        String dataSourceUid = provisionedDataSourceUid();
        List<String> problems = new ArrayList<>();
        for (Path dashboard : dashboards()) {
            JsonNode root = JSON.readTree(dashboard.toFile());
            if (root.path("title").asText().isBlank()) {
                problems.add(dashboard.getFileName() + ": dashboard without a title");
            }
            for (JsonNode panel : panels(root)) {
                String where = dashboard.getFileName() + " panel " + panel.path("id").asText();
                if (panel.path("title").asText().isBlank()) {
                    problems.add(where + ": no title");
                }
                if ("row".equals(panel.path("type").asText())) {
                    continue;
                }
                if (panel.path("description").asText().isBlank()) {
                    problems.add(where + ": no description");
                }
                if (expressions(panel).isEmpty()) {
                    problems.add(where + ": no query");
                }
                for (JsonNode node : Stream.concat(Stream.of(panel), stream(panel.path("targets"))).toList()) {
                    JsonNode ds = node.path("datasource");
                    if (!ds.isMissingNode() && !dataSourceUid.equals(ds.path("uid").asText())) {
                        problems.add(where + ": data source " + ds + " is not the provisioned " + dataSourceUid);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void recordingRulesReadOnlyExistingMetricsAndEarlierRules() throws IOException {
        Map<String, String> rules = recordingRules();
        Set<String> available = knownMetrics(Set.of());
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> rule : rules.entrySet()) {
            for (String name : PromQl.metricNames(rule.getValue())) {
                if (!available.contains(name)) {
                    problems.add(rule.getKey() + " reads " + name + ", which is neither a metric nor an earlier rule");
                }
            }
            available.add(rule.getKey());
        }
        assertFalse(rules.isEmpty(), "no recording rule found");
        assertEquals(List.of(), problems);
    }

    @Test
    void everyRecordingRuleHasAPromtoolTest() throws IOException {
        Set<String> tested = new TreeSet<>();
        Pattern testedExpr = Pattern.compile("^\\s*-?\\s*expr:\\s*(\\S+)\\s*$");
        try (Stream<Path> files = Files.list(MONITORING.resolve("prometheus/tests"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    Matcher m = testedExpr.matcher(line);
                    if (m.matches()) {
                        tested.add(m.group(1));
                    }
                }
            }
        }
        Set<String> untested = new TreeSet<>(recordingRules().keySet());
        untested.removeAll(tested);
        assertEquals(Set.of(), untested, "recording rules without a promtool test");
    }

    // ------------------------------------------------------------------ the extractor itself

    @Test
    void extractorFindsMetricsAndSkipsEverythingElse() {
        assertEquals(Set.of("http_server_request_duration_seconds_bucket"), PromQl.metricNames(
                "histogram_quantile(0.99, sum by (le) (rate(http_server_request_duration_seconds_bucket"
                        + "{method=\"GET\", route=\"/ads\", status=~\"2..|4..\"}[$__rate_interval])))"));
        assertEquals(Set.of("ad_engine:campaign_revenue"), PromQl.metricNames("topk(10, ad_engine:campaign_revenue)"));
        assertEquals(Set.of("a_total", "b"), PromQl.metricNames(
                "sum without (instance, job) (rate(a_total[5m:30s] offset 1h)) / on (x) group_left (y, z) b @ start()"));
        assertEquals(Set.of("c"), PromQl.metricNames("sum(c) by (le) > bool 0.5 unless vector(0) or Inf - NaN * 1e3 + 0x1F"));
        assertEquals(Set.of("up"), PromQl.metricNames(
                "label_replace(up{job=\"a b\"}, \"dst\", \"$1\", \"src\", \"(sum|rate)\\\"(x)\")"));
        assertEquals(Set.of("named_by_matcher"), PromQl.metricNames("{__name__=\"named_by_matcher\", job=\"x\"}"));
        assertEquals(Set.of("count_me"), PromQl.metricNames("count_values(\"value\", count_me) # a comment naming fake_metric"));
        assertEquals(Set.of(), PromQl.metricNames("time() - 3600 * ${hours} + $__range_s"));
    }

    @Test
    void aMadeUpMetricIsReported() throws IOException {
        Set<String> known = knownMetrics(recordingRules().keySet());
        Set<String> names = PromQl.metricNames("sum(rate(ad_impressions_totl[$__rate_interval])) * 60 + ad_engine:ctr_percentage");
        assertEquals(Set.of("ad_impressions_totl", "ad_engine:ctr_percentage"), names);
        assertFalse(known.contains("ad_impressions_totl"));
        assertTrue(known.contains("ad_engine:ctr_percentage"));
        assertTrue(known.contains("ad_impressions_total"));
        assertTrue(known.contains("ad_decision_duration_seconds_bucket"), "a histogram gives its _bucket series");
        assertFalse(known.contains("ad_decision_duration_seconds"), "a histogram has no series under its bare name");
    }

    @Test
    void extractorRejectsWhatItCannotReadSafely() {
        assertThrows(IllegalArgumentException.class, () -> PromQl.metricNames("rat(ad_clicks_total[5m])"), "unknown function");
        assertThrows(IllegalArgumentException.class, () -> PromQl.metricNames("sum(x{job=\"a\"[5m])"), "unclosed matcher");
        assertThrows(IllegalArgumentException.class, () -> PromQl.metricNames("x{job=\"a}"), "unclosed string");
        assertThrows(IllegalArgumentException.class, () -> PromQl.metricNames("sum by le (x)"), "label list without parentheses");
    }

    // ------------------------------------------------------------------ reading the files

    /** Recording rules in file order, name to expression, read by a strict line parser. */
    static Map<String, String> recordingRules() throws IOException {
        Map<String, String> rules = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(MONITORING.resolve("prometheus/rules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                RuleFile.read(file, rules);
            }
        }
        return rules;
    }

    /** Catalog families with the series names they produce, the JVM list and the given rules. */
    static Set<String> knownMetrics(Set<String> rules) throws IOException {
        Set<String> known = new LinkedHashSet<>(JVM_AND_PROMETHEUS_METRICS);
        known.addAll(rules);
        Pattern line = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*) (counter|gauge|histogram)( [a-zA-Z_][a-zA-Z0-9_]*(,[a-zA-Z_][a-zA-Z0-9_]*)*)?");
        Set<String> families = new TreeSet<>();
        for (String text : Files.readAllLines(MONITORING.resolve("metrics.txt"))) {
            if (text.isBlank()) {
                continue;
            }
            Matcher m = line.matcher(text);
            if (!m.matches()) {
                fail("metrics.txt: not \"name type label1,label2\": " + text);
            }
            String name = m.group(1);
            if (!families.add(name)) {
                fail("metrics.txt: " + name + " twice");
            }
            if (m.group(2).equals("histogram")) {
                known.addAll(List.of(name + "_bucket", name + "_sum", name + "_count"));
            } else {
                known.add(name);
            }
        }
        assertFalse(families.isEmpty(), "metrics.txt lists no family");
        return known;
    }

    static List<Path> dashboards() throws IOException {
        try (Stream<Path> files = Files.list(MONITORING.resolve("grafana/dashboards"))) {
            List<Path> found = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertFalse(found.isEmpty(), "no dashboard in monitoring/grafana/dashboards");
            return found;
        }
    }

    /** Every panel, including those inside collapsed rows. */
    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            all.add(panel);
            panel.path("panels").forEach(all::add);
        }
        return all;
    }

    static List<String> expressions(JsonNode panel) {
        return stream(panel.path("targets")).map(t -> t.path("expr").asText()).filter(e -> !e.isBlank()).toList();
    }

    static String provisionedDataSourceUid() throws IOException {
        Pattern uid = Pattern.compile("^\\s*uid:\\s*(\\S+)\\s*$");
        List<String> uids = Files.readAllLines(MONITORING.resolve("grafana/provisioning/datasources/prometheus.yml")).stream()
                .map(uid::matcher).filter(Matcher::matches).map(m -> m.group(1)).toList();
        assertEquals(1, uids.size(), "one data source uid expected: " + uids);
        return uids.get(0);
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }

    /** {@code maven.multiModuleProjectDirectory} when Maven passes it on, else the nearest parent holding monitoring/. */
    static Path repositoryRoot() {
        String fromMaven = System.getProperty("maven.multiModuleProjectDirectory");
        if (fromMaven != null && Files.isDirectory(Path.of(fromMaven, "monitoring"))) {
            return Path.of(fromMaven).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("monitoring")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no directory with monitoring/ above " + Path.of("").toAbsolutePath());
    }

    // ------------------------------------------------------------------ rule file parser

    /**
     * Reads {@code - record: name} entries and their {@code expr:}, given inline or as a
     * {@code |} block. Strict on purpose: any line mentioning record: or expr: that it does not
     * understand fails the test instead of being skipped silently.
     */
    static final class RuleFile {
        private static final Pattern RECORD = Pattern.compile("^(\\s*)- record:\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*$");
        private static final Pattern EXPR = Pattern.compile("^(\\s*)expr:\\s*(.*?)\\s*$");

        static void read(Path file, Map<String, String> into) throws IOException {
            List<String> lines = Files.readAllLines(file);
            String current = null;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String where = file.getFileName() + ":" + (i + 1);
                if (line.stripLeading().startsWith("#")) {
                    continue;
                }
                Matcher record = RECORD.matcher(line);
                Matcher expr = EXPR.matcher(line);
                if (record.matches()) {
                    current = record.group(2);
                    if (into.containsKey(current)) {
                        fail(where + ": rule " + current + " defined twice");
                    }
                    into.put(current, "");
                } else if (line.contains("record:")) {
                    fail(where + ": cannot read " + line.strip());
                } else if (expr.matches()) {
                    if (current == null || !into.get(current).isEmpty()) {
                        fail(where + ": expr without its record");
                    }
                    String value = expr.group(2);
                    if (value.equals("|") || value.equals("|-")) {
                        int indent = expr.group(1).length();
                        StringBuilder block = new StringBuilder();
                        while (i + 1 < lines.size() && (lines.get(i + 1).isBlank() || indentOf(lines.get(i + 1)) > indent)) {
                            block.append(lines.get(++i).strip()).append('\n');
                        }
                        value = block.toString().strip();
                    } else if (value.startsWith("\"") || value.startsWith("'") || value.startsWith(">")) {
                        fail(where + ": write expr plain or as a | block");
                    }
                    if (value.isEmpty()) {
                        fail(where + ": empty expr");
                    }
                    into.put(current, value);
                } else if (line.contains("expr:")) {
                    fail(where + ": cannot read " + line.strip());
                }
            }
            into.forEach((name, e) -> assertFalse(e.isEmpty(), file.getFileName() + ": rule " + name + " has no expr"));
        }

        private static int indentOf(String line) {
            return line.length() - line.stripLeading().length();
        }
    }

    // ------------------------------------------------------------------ PromQL metric names

    /**
     * Finds the metric names a PromQL expression reads, with a small tokenizer rather than a
     * regular expression: label matchers in braces, label lists after by/without/on/ignoring/
     * group_left/group_right, ranges and durations in brackets, strings, numbers, Grafana
     * variables, comments, function names and keywords are not metrics. An unknown function
     * or anything unbalanced is an error, so a query it cannot read never passes by accident.
     */
    static final class PromQl {
        private static final Set<String> AGGREGATIONS = Set.of(
                "sum", "min", "max", "avg", "group", "stddev", "stdvar", "count", "count_values",
                "bottomk", "topk", "quantile", "limitk", "limit_ratio");
        private static final Set<String> LABEL_LIST_KEYWORDS = Set.of(
                "by", "without", "on", "ignoring", "group_left", "group_right");
        private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "atan2");
        private static final Set<String> FUNCTIONS = Set.of(
                "abs", "absent", "absent_over_time", "acos", "acosh", "asin", "asinh", "atan", "atanh",
                "avg_over_time", "ceil", "changes", "clamp", "clamp_max", "clamp_min", "cos", "cosh",
                "count_over_time", "day_of_month", "day_of_week", "day_of_year", "days_in_month", "deg",
                "delta", "deriv", "double_exponential_smoothing", "exp", "floor", "histogram_avg",
                "histogram_count", "histogram_fraction", "histogram_quantile", "histogram_stddev",
                "histogram_stdvar", "histogram_sum", "holt_winters", "hour", "idelta", "increase", "irate",
                "label_join", "label_replace", "last_over_time", "ln", "log10", "log2", "mad_over_time",
                "max_over_time", "min_over_time", "minute", "month", "pi", "predict_linear",
                "present_over_time", "quantile_over_time", "rad", "rate", "resets", "round", "scalar", "sgn",
                "sin", "sinh", "sort", "sort_by_label", "sort_by_label_desc", "sort_desc", "sqrt",
                "stddev_over_time", "stdvar_over_time", "sum_over_time", "tan", "tanh", "time", "timestamp",
                "vector", "year",
                // only after @
                "start", "end");
        private static final Pattern NAME_MATCHER = Pattern.compile("__name__\\s*=\\s*\"([^\"]+)\"");

        static Set<String> metricNames(String expr) {
            Set<String> names = new LinkedHashSet<>();
            int i = 0;
            int n = expr.length();
            int depth = 0;
            while (i < n) {
                char c = expr.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '#') {
                    while (i < n && expr.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == '"' || c == '\'' || c == '`') {
                    i = skipString(expr, i);
                } else if (c == '{') {
                    int end = closing(expr, i, '{', '}');
                    Matcher m = NAME_MATCHER.matcher(expr.substring(i, end));
                    while (m.find()) {
                        names.add(m.group(1));
                    }
                    i = end;
                } else if (c == '[') {
                    i = closing(expr, i, '[', ']');
                } else if (c == '$') {
                    i = skipVariable(expr, i);
                } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(expr.charAt(i + 1)))) {
                    while (i < n && (Character.isLetterOrDigit(expr.charAt(i)) || expr.charAt(i) == '.' || expr.charAt(i) == '_')) {
                        i++;
                    }
                } else if (Character.isLetter(c) || c == '_' || c == ':') {
                    int start = i;
                    while (i < n && (Character.isLetterOrDigit(expr.charAt(i)) || expr.charAt(i) == '_' || expr.charAt(i) == ':')) {
                        i++;
                    }
                    String word = expr.substring(start, i);
                    int next = skipSpace(expr, i);
                    boolean call = next < n && expr.charAt(next) == '(';
                    if (LABEL_LIST_KEYWORDS.contains(word)) {
                        if (call) {
                            i = closing(expr, next, '(', ')');
                        } else if (!word.startsWith("group_")) {
                            throw new IllegalArgumentException("'" + word + "' without a label list in: " + expr);
                        }
                    } else if (AGGREGATIONS.contains(word) || KEYWORDS.contains(word)
                            || word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("nan")) {
                        // operators, not data
                    } else if (call) {
                        if (!FUNCTIONS.contains(word)) {
                            throw new IllegalArgumentException("unknown function " + word + " in: " + expr);
                        }
                    } else {
                        names.add(word);
                    }
                } else {
                    if (c == '(') {
                        depth++;
                    } else if (c == ')' && --depth < 0) {
                        throw new IllegalArgumentException("unbalanced ')' in: " + expr);
                    } else if (c == '}' || c == ']') {
                        throw new IllegalArgumentException("unbalanced '" + c + "' in: " + expr);
                    }
                    i++;
                }
            }
            if (depth != 0) {
                throw new IllegalArgumentException("unbalanced '(' in: " + expr);
            }
            return names;
        }

        /** Index just after the bracket that closes the one at {@code open}, skipping strings inside. */
        private static int closing(String expr, int open, char opening, char closingChar) {
            int i = open + 1;
            while (i < expr.length()) {
                char c = expr.charAt(i);
                if (c == '"' || c == '\'' || c == '`') {
                    i = skipString(expr, i);
                } else if (c == closingChar) {
                    return i + 1;
                } else if (c == opening || c == '{' || c == '[' || c == '}' || c == ']') {
                    throw new IllegalArgumentException("unexpected '" + c + "' inside '" + opening + "' in: " + expr);
                } else {
                    i++;
                }
            }
            throw new IllegalArgumentException("unclosed '" + opening + "' in: " + expr);
        }

        private static int skipString(String expr, int open) {
            char quote = expr.charAt(open);
            int i = open + 1;
            while (i < expr.length()) {
                char c = expr.charAt(i);
                if (c == '\\' && quote != '`') {
                    i += 2;
                } else if (c == quote) {
                    return i + 1;
                } else {
                    i++;
                }
            }
            throw new IllegalArgumentException("unclosed string in: " + expr);
        }

        /** Grafana variables: $name, ${name} and ${name:format}. */
        private static int skipVariable(String expr, int dollar) {
            int i = dollar + 1;
            if (i < expr.length() && expr.charAt(i) == '{') {
                int end = expr.indexOf('}', i);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed ${ in: " + expr);
                }
                return end + 1;
            }
            while (i < expr.length() && (Character.isLetterOrDigit(expr.charAt(i)) || expr.charAt(i) == '_')) {
                i++;
            }
            return i;
        }

        private static int skipSpace(String expr, int i) {
            while (i < expr.length() && Character.isWhitespace(expr.charAt(i))) {
                i++;
            }
            return i;
        }
    }
}
