package io.github.altium2kicad.jmh;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@link EngineBenchmark} results in a JMH JSON result file ({@code -rf json -rff result.json}), other
 * benchmarks ignored. Parts per second come from the secondary metric {@code parts}; results without it (run with
 * another {@code -bm}) are converted from the primary score: migrations per time unit × parts, or parts ÷ time per
 * migration, with the error carried over to first order.
 *
 * @param file         the JSON file
 * @param jdkVersion   the benchmark JVM's version, e.g. {@code 17.0.15}
 * @param vm           the benchmark JVM's name and version
 * @param jvmArgs      the benchmark JVM's arguments
 * @param measurements the results, in file order
 */
public record EngineResults(Path file, String jdkVersion, String vm, List<String> jvmArgs, List<EngineMeasurement> measurements) {

    /** Suffix of the benchmark name whose results are read. */
    static final String BENCHMARK = "EngineBenchmark.migrate";

    public EngineResults {
        jvmArgs = List.copyOf(jvmArgs);
        measurements = List.copyOf(measurements);
    }

    /**
     * Reads {@code file}.
     *
     * @throws IllegalArgumentException naming the file if it is missing, not JMH JSON, or holds no EngineBenchmark result
     */
    public static EngineResults read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + " does not exist. Run the benchmarks with -rf json -rff " + file + " first.");
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + " is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(file + " is not a JMH JSON result file (expected an array of results).");
        }
        List<EngineMeasurement> measurements = new ArrayList<>();
        String jdk = "";
        String vm = "";
        List<String> jvmArgs = new ArrayList<>();
        int index = 0;
        for (JsonNode result : root) {
            index++;
            if (!result.path("benchmark").asText().endsWith(BENCHMARK)) {
                continue;
            }
            measurements.add(measurement(file, index, result));
            if (jdk.isEmpty()) {
                jdk = result.path("jdkVersion").asText();
                vm = (result.path("vmName").asText() + " " + result.path("vmVersion").asText()).strip();
                result.path("jvmArgs").forEach(a -> jvmArgs.add(a.asText()));
            }
        }
        if (measurements.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no " + BENCHMARK + " result. Run: java -jar "
                    + "migration-jmh/target/benchmarks.jar EngineBenchmark -rf json -rff " + file);
        }
        return new EngineResults(file, jdk, vm, jvmArgs, measurements);
    }

    private static EngineMeasurement measurement(Path file, int index, JsonNode result) {
        JsonNode params = result.path("params");
        String where = file + ", result " + index + " (" + params + ")";
        long parts = longParam(params, "parts", where);
        double[] perSecond = partsPerSecond(result, parts, where);
        return new EngineMeasurement(params.path("mappingMode").asText("preserve"), params.path("cache").asText("cold"),
                parts, (int) longParam(params, "batchSize", where), (int) longParam(params, "workers", where),
                perSecond[0], perSecond[1]);
    }

    private static long longParam(JsonNode params, String name, String where) {
        JsonNode value = params.get(name);
        if (value == null) {
            throw new IllegalArgumentException(where + ": parameter '" + name + "' is missing");
        }
        try {
            return Long.parseLong(value.asText().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": parameter '" + name + "' is not a whole number: " + value.asText());
        }
    }

    /** {score, error} in parts per second. */
    private static double[] partsPerSecond(JsonNode result, long parts, String where) {
        JsonNode secondary = result.path("secondaryMetrics").path("parts");
        if (!secondary.isMissingNode()) {
            double perSecond = perSecondFactor(secondary.path("scoreUnit").asText(), where);
            return new double[] {secondary.path("score").asDouble() * perSecond, number(secondary.path("scoreError")) * perSecond};
        }
        JsonNode primary = result.path("primaryMetric");
        String unit = primary.path("scoreUnit").asText();
        double score = primary.path("score").asDouble();
        double error = number(primary.path("scoreError"));
        if (unit.startsWith("ops/")) {
            double perSecond = perSecondFactor(unit, where);
            return new double[] {score * perSecond * parts, error * perSecond * parts};
        }
        if (unit.endsWith("/op")) {
            double seconds = secondsPer(unit.substring(0, unit.length() - "/op".length()), where);
            double t = score * seconds;
            return new double[] {parts / t, parts * error * seconds / (t * t)};
        }
        throw new IllegalArgumentException(where + ": unknown score unit '" + unit + "'");
    }

    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.NaN; // JMH writes "NaN" as a string
    }

    /** For a unit {@code ops/<t>}: the factor turning it into per second. */
    private static double perSecondFactor(String unit, String where) {
        if (!unit.startsWith("ops/")) {
            throw new IllegalArgumentException(where + ": expected a throughput unit ops/<time>, got '" + unit + "'");
        }
        return 1 / secondsPer(unit.substring("ops/".length()), where);
    }

    private static double secondsPer(String timeUnit, String where) {
        return switch (timeUnit.toLowerCase(Locale.ROOT)) {
            case "ns" -> 1e-9;
            case "us" -> 1e-6;
            case "ms" -> 1e-3;
            case "s" -> 1;
            case "min" -> 60;
            case "hr" -> 3600;
            case "day" -> 86400;
            default -> throw new IllegalArgumentException(where + ": unknown time unit '" + timeUnit + "'");
        };
    }
}
