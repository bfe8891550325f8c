package adengine.app.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import adengine.app.testing.HttpClientForTests.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scrape of a Prometheus endpoint in the text format, read into samples and family types; a
 * sample absent from the scrape reads as 0, as Prometheus treats a series not yet incremented.
 */
public final class Scrape {
    private final List<Sample> samples;
    private final Map<String, String> types;
    private final String text;

    private Scrape(List<Sample> samples, Map<String, String> types, String text) {
        this.samples = samples;
        this.types = types;
        this.text = text;
    }

    /** A sample: its name, its labels and its value. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    /** Scrapes {@code /metrics} on {@code port} of this machine. */
    public static Scrape of(int port) {
        Reply reply = HttpClientForTests.at("http://127.0.0.1:" + port).get("/metrics");
        assertEquals(200, reply.status(), reply.toString());
        return parse(reply.body());
    }

    static Scrape parse(String text) {
        List<Sample> samples = new ArrayList<>();
        Map<String, String> types = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("# TYPE ")) {
                String[] parts = line.split(" ");
                types.put(parts[2], parts[3]);
            } else if (!line.isBlank() && !line.startsWith("#")) {
                samples.add(sample(line));
            }
        }
        return new Scrape(samples, types, text);
    }

    private static Sample sample(String line) {
        int brace = line.indexOf('{');
        int space = line.lastIndexOf(' ');
        Map<String, String> labels = new LinkedHashMap<>();
        if (brace < 0) {
            return new Sample(line.substring(0, space), labels, Double.parseDouble(line.substring(space + 1)));
        }
        int close = line.lastIndexOf('}');
        // label values here are ids, routes and codes: no quotes or commas inside them
        for (String pair : line.substring(brace + 1, close).split(",")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                labels.put(pair.substring(0, equals), pair.substring(equals + 2, pair.length() - 1));
            }
        }
        return new Sample(line.substring(0, brace), labels, Double.parseDouble(line.substring(close + 2).split(" ")[0]));
    }

    /** The value of the sample with exactly these labels, given as name, value, name, value…; 0 when absent. */
    public double value(String name, String... labels) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        return samples.stream()
                .filter(sample -> sample.name().equals(name) && sample.labels().equals(wanted))
                .mapToDouble(Sample::value)
                .findFirst()
                .orElse(0);
    }

    /** The sum over the samples of {@code name} whose labels include these. */
    public double sum(String name, String labelName, String labelValue) {
        return samples.stream()
                .filter(sample -> sample.name().equals(name) && labelValue.equals(sample.labels().get(labelName)))
                .mapToDouble(Sample::value)
                .sum();
    }

    public List<Sample> samples() {
        return samples;
    }

    /** The type the scrape declares for a family, null when it declares none. */
    public String type(String family) {
        return types.get(family);
    }

    @Override
    public String toString() {
        return text;
    }
}
