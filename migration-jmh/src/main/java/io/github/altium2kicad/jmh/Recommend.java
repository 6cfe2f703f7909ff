package io.github.altium2kicad.jmh;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns {@link EngineBenchmark} results into settings for this machine. Reads a JMH JSON result file and writes
 * into the output folder:
 * <ul>
 *   <li>{@value #YAML}: a {@code migration:} section with the fastest {@code batch_size}, {@code max_workers} and
 *       {@code parallel_processing}, under a comment saying the machine, the date and the measured throughput
 *       (usable as {@code --config}, or read with {@code MigrationConfigYaml.load});</li>
 *   <li>{@value #MARKDOWN}: parts/s ± error per batch size × workers, one table per cache mode, best marked;</li>
 *   <li>{@value #CHART}: {@link ThroughputChart}.</li>
 * </ul>
 * The fastest setting is taken from the cold-cache results (a first migration; warm when only warm ones exist) of
 * mapping mode {@code standard}, the users' default (else the first mode), and the largest library measured.
 *
 * <p>Usage: {@code Recommend <jmh-result.json> [out-dir]}; the out-dir defaults to {@code recommendations/} beside
 * the result file (for {@code migration-jmh/target/jmh-result.json}: {@code migration-jmh/target/recommendations/}),
 * wherever the command runs.
 */
public final class Recommend {

    /** The mapping mode whose results the recommendation is chosen from, when it was measured: the users' default. */
    static final String PREFERRED_MODE = "standard";
    static final String YAML = "recommendation.yaml";
    static final String MARKDOWN = "recommendation.md";
    static final String CHART = "throughput.svg";

    private static final Pattern SIZE = Pattern.compile("(\\d+)([kKmMgGtT]?)");

    private Recommend() {
    }

    /**
     * What was recommended and where it was written.
     *
     * @param best           the fastest setting, written into the YAML
     * @param otherCacheBest the fastest setting with the other cache mode, if measured
     * @param machine        the machine the recommendation is for
     * @param yaml           the {@code migration:} snippet
     * @param markdown       the table
     * @param chart          the SVG chart
     */
    public record Recommendation(EngineMeasurement best, Optional<EngineMeasurement> otherCacheBest, Machine machine,
                                 Path yaml, Path markdown, Path chart) {
    }

    /**
     * The machine behind the numbers: processors of the machine running this step (run it where the benchmarks ran),
     * the benchmark JVM's maximum heap (from its {@code -Xmx}/{@code -XX:MaxRAMPercentage}, else the JVM default of
     * 25% of physical memory), and its Java version.
     */
    public record Machine(int processors, String maxHeap, String java) {

        static Machine of(EngineResults results) {
            long ram = physicalMemory();
            return new Machine(Runtime.getRuntime().availableProcessors(), Recommend.maxHeap(results.jvmArgs(), ram),
                    ("Java " + results.jdkVersion() + " (" + results.vm() + ")").replace(" ()", ""));
        }

        @Override
        public String toString() {
            return processors + " processors, max heap " + maxHeap + ", " + java;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2 || args[0].startsWith("-")) {
            System.err.println("usage: Recommend <jmh-result.json> [out-dir]\n"
                    + "  reads EngineBenchmark results (java -jar migration-jmh/target/benchmarks.jar EngineBenchmark -rf json -rff result.json)\n"
                    + "  and writes " + YAML + ", " + MARKDOWN + " and " + CHART + " into out-dir (default: recommendations/ beside the result file)");
            System.exit(2);
        }
        Path out = args.length > 1 ? Path.of(args[1]) : defaultOut(Path.of(args[0]));
        try {
            Recommendation r = write(Path.of(args[0]), out);
            System.out.println("Best on this machine (" + r.machine() + "): " + describe(r.best()));
            System.out.println("Wrote " + r.yaml() + ", " + r.markdown() + " and " + r.chart());
            System.out.print(Files.readString(r.yaml()));
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Where the files go without an out-dir: {@code recommendations/} beside {@code jmhJson}. */
    static Path defaultOut(Path jmhJson) {
        Path folder = jmhJson.toAbsolutePath().getParent();
        return folder.resolve("recommendations");
    }

    /**
     * Reads {@code jmhJson} and writes the recommendation files into {@code outDir} (created if needed).
     *
     * @throws IllegalArgumentException naming the file if it holds no usable EngineBenchmark result
     */
    public static Recommendation write(Path jmhJson, Path outDir) throws IOException {
        EngineResults results = EngineResults.read(jmhJson);
        Machine machine = Machine.of(results);
        List<EngineMeasurement> all = results.measurements();
        EngineMeasurement best = best(all);
        Optional<EngineMeasurement> otherCache = fastest(all, m -> sameGroup(m, best) && !m.cache().equals(best.cache()));
        Files.createDirectories(outDir);
        Path yaml = outDir.resolve(YAML);
        Path markdown = outDir.resolve(MARKDOWN);
        Path chart = outDir.resolve(CHART);
        LocalDate today = LocalDate.now();
        Files.writeString(yaml, yaml(best, otherCache, confidence(all, best), machine, today, jmhJson));
        Files.writeString(markdown, markdown(all, best, machine, today, jmhJson));
        Files.writeString(chart, new ThroughputChart(all, best).svg());
        return new Recommendation(best, otherCache, machine, yaml, markdown, chart);
    }

    /** The setting to recommend (see the class comment for which results it is chosen from). */
    static EngineMeasurement best(List<EngineMeasurement> all) {
        String mode = all.stream().anyMatch(m -> m.mappingMode().equals(PREFERRED_MODE)) ? PREFERRED_MODE
                : all.stream().map(EngineMeasurement::mappingMode).sorted().findFirst().orElseThrow();
        long parts = all.stream().filter(m -> m.mappingMode().equals(mode)).mapToLong(EngineMeasurement::parts).max().orElseThrow();
        Predicate<EngineMeasurement> group = m -> m.mappingMode().equals(mode) && m.parts() == parts;
        String cache = all.stream().filter(group).anyMatch(m -> m.cache().equals("cold")) ? "cold"
                : all.stream().filter(group).map(EngineMeasurement::cache).sorted().findFirst().orElseThrow();
        return fastest(all, group.and(m -> m.cache().equals(cache))).orElseThrow();
    }

    /** The highest throughput; on a tie fewer workers, then the smaller batch (less memory, same speed). */
    private static Optional<EngineMeasurement> fastest(List<EngineMeasurement> all, Predicate<EngineMeasurement> filter) {
        return all.stream().filter(filter).max(Comparator.comparingDouble(EngineMeasurement::partsPerSecond)
                .thenComparing(EngineMeasurement::workers, Comparator.reverseOrder())
                .thenComparing(EngineMeasurement::batchSize, Comparator.reverseOrder()));
    }

    private static boolean sameGroup(EngineMeasurement a, EngineMeasurement b) {
        return a.mappingMode().equals(b.mappingMode()) && a.parts() == b.parts();
    }

    /**
     * How sure the choice is: how many of the other settings measured alongside {@code best} (same mapping mode,
     * library size and cache mode) it beats by more than the error, with advice when it beats none.
     */
    static String confidence(List<EngineMeasurement> all, EngineMeasurement best) {
        List<EngineMeasurement> others = all.stream()
                .filter(m -> sameGroup(m, best) && m.cache().equals(best.cache()) && !m.equals(best)).toList();
        long beaten = others.stream().filter(m -> !m.overlaps(best)).count();
        String text = "measurably faster than " + beaten + " of the " + others.size() + " other settings (99.9% intervals apart)";
        return beaten == 0 && !others.isEmpty()
                ? text + "; the differences are within the error: rerun on a quiet machine with more iterations (-i 10)"
                : text;
    }

    static String yaml(EngineMeasurement best, Optional<EngineMeasurement> otherCache, String confidence, Machine machine,
                       LocalDate date, Path source) {
        StringBuilder y = new StringBuilder();
        y.append("# altium2kicad settings for this machine, chosen from JMH EngineBenchmark results\n");
        y.append("# machine: ").append(machine).append('\n');
        y.append("# date: ").append(date).append(", results: ").append(source.getFileName()).append('\n');
        y.append("# measured: ").append(describe(best)).append('\n');
        y.append("# ").append(confidence).append('\n');
        otherCache.ifPresent(o -> y.append("# ").append(o.cache()).append(" cache best: ").append(describe(o)).append('\n'));
        y.append("# use: altium2kicad migrate Parts.DbLib -o out --config ").append(YAML).append('\n');
        y.append("migration:\n");
        y.append("  batch_size: ").append(best.batchSize()).append('\n');
        y.append("  max_workers: ").append(best.workers()).append('\n');
        y.append("  parallel_processing: ").append(best.workers() > 1).append('\n');
        return y.toString();
    }

    static String markdown(List<EngineMeasurement> all, EngineMeasurement best, Machine machine, LocalDate date, Path source) {
        StringBuilder md = new StringBuilder();
        md.append("# Engine throughput on this machine\n\n");
        md.append("Machine: ").append(machine).append(". Date: ").append(date).append(". Results: `")
                .append(source.getFileName()).append("`.\n\n");
        md.append("Parts migrated per second (higher is better) ± the half-width of JMH's 99.9% confidence interval. "
                + "**★** marks the fastest setting of each table, ≈ the settings whose interval overlaps it "
                + "(not measurably slower).\n\n");
        md.append("**Recommended:** `batch_size: ").append(best.batchSize()).append("`, `max_workers: ").append(best.workers())
                .append("`, `parallel_processing: ").append(best.workers() > 1).append("` — ").append(describe(best))
                .append("; ").append(confidence(all, best)).append(" (see `").append(YAML).append("`).\n");
        List<EngineMeasurement> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(EngineMeasurement::mappingMode).thenComparingLong(EngineMeasurement::parts)
                .thenComparing(EngineMeasurement::cache));
        List<String> groups = sorted.stream().map(Recommend::tableKey).distinct().toList();
        for (String key : groups) {
            List<EngineMeasurement> table = sorted.stream().filter(m -> tableKey(m).equals(key)).toList();
            EngineMeasurement first = table.get(0);
            EngineMeasurement tableBest = fastest(table, m -> true).orElseThrow();
            md.append("\n## mapping_mode ").append(first.mappingMode()).append(", ").append(ThroughputChart.number(first.parts()))
                    .append(" parts, ").append(first.cache()).append(" cache\n\n");
            List<Integer> workers = table.stream().map(EngineMeasurement::workers).distinct().sorted().toList();
            List<Integer> batches = table.stream().map(EngineMeasurement::batchSize).distinct().sorted().toList();
            md.append("| batch_size |");
            workers.forEach(w -> md.append(' ').append(w).append(w == 1 ? " worker |" : " workers |"));
            md.append("\n|---:|");
            workers.forEach(w -> md.append("---:|"));
            md.append('\n');
            for (int b : batches) {
                md.append("| ").append(b).append(" |");
                for (int w : workers) {
                    Optional<EngineMeasurement> cell = table.stream().filter(m -> m.batchSize() == b && m.workers() == w).findFirst();
                    md.append(' ').append(cell.map(m -> cell(m, tableBest)).orElse("–")).append(" |");
                }
                md.append('\n');
            }
        }
        md.append("\n![Throughput against batch size](").append(CHART).append(")\n");
        return md.toString();
    }

    private static String tableKey(EngineMeasurement m) {
        return m.mappingMode() + "|" + m.parts() + "|" + m.cache();
    }

    private static String cell(EngineMeasurement m, EngineMeasurement best) {
        String value = ThroughputChart.number(m.partsPerSecond()) + " ± "
                + (Double.isNaN(m.error()) ? "n/a" : ThroughputChart.number(m.error()));
        if (m.equals(best)) {
            return "**" + value + "** ★";
        }
        return m.overlaps(best) ? value + " ≈" : value;
    }

    static String describe(EngineMeasurement m) {
        return ThroughputChart.number(m.partsPerSecond()) + (Double.isNaN(m.error()) ? "" : " ± " + ThroughputChart.number(m.error()))
                + " parts/s with batch_size " + m.batchSize() + " and " + m.workers() + (m.workers() == 1 ? " worker" : " workers")
                + " (" + m.cache() + " cache, " + ThroughputChart.number(m.parts()) + " parts, mapping_mode " + m.mappingMode() + ")";
    }

    /** The heap limit the benchmark JVM ran with: the last heap option among {@code jvmArgs}, else the JVM default. */
    static String maxHeap(List<String> jvmArgs, long physicalMemory) {
        for (int i = jvmArgs.size() - 1; i >= 0; i--) {
            String arg = jvmArgs.get(i);
            String size = arg.startsWith("-Xmx") ? arg.substring(4)
                    : arg.startsWith("-XX:MaxHeapSize=") ? arg.substring("-XX:MaxHeapSize=".length()) : null;
            if (size != null) {
                Matcher m = SIZE.matcher(size);
                if (m.matches()) {
                    long bytes = Long.parseLong(m.group(1)) << switch (m.group(2).toLowerCase(Locale.ROOT)) {
                        case "k" -> 10;
                        case "m" -> 20;
                        case "g" -> 30;
                        case "t" -> 40;
                        default -> 0;
                    };
                    return bytes(bytes) + " (" + arg + ")";
                }
            }
            if (arg.startsWith("-XX:MaxRAMPercentage=") && physicalMemory > 0) {
                double percent = Double.parseDouble(arg.substring("-XX:MaxRAMPercentage=".length()));
                return bytes((long) (physicalMemory * percent / 100)) + " (" + arg + " of " + bytes(physicalMemory) + " RAM)";
            }
        }
        return physicalMemory > 0 ? bytes(physicalMemory / 4) + " (JVM default: 25% of " + bytes(physicalMemory) + " RAM)"
                : "JVM default";
    }

    private static String bytes(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%d MB", bytes >> 20);
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
    }
}
