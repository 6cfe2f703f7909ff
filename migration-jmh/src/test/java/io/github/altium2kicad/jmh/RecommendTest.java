package io.github.altium2kicad.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.core.config.MigrationConfigYaml;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * {@link Recommend} on {@code jmh-result-sample.json}: nine EngineBenchmark results (cold: batch 100/1000/5000 ×
 * 1/2 workers, best 40,000 parts/s at 1000 × 2; warm: 100/1000/5000 × 2 workers, best 45,000 at 5000 × 2; one result
 * without an error) and one other benchmark's result that must be ignored.
 */
class RecommendTest {

    @TempDir
    Path dir;
    private Path json;

    @BeforeEach
    void copySample() throws Exception {
        json = dir.resolve("jmh-result.json");
        try (InputStream in = RecommendTest.class.getResourceAsStream("/jmh-result-sample.json")) {
            Files.copy(in, json, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void readsEngineResultsOnly() throws Exception {
        EngineResults results = EngineResults.read(json);

        assertThat(results.measurements()).hasSize(9);
        assertThat(results.jdkVersion()).isEqualTo("17.0.15");
        assertThat(results.jvmArgs()).contains("-Xmx2g");
        EngineMeasurement first = results.measurements().get(0);
        assertThat(first).extracting(EngineMeasurement::mappingMode, EngineMeasurement::cache, EngineMeasurement::parts,
                EngineMeasurement::batchSize, EngineMeasurement::workers).containsExactly("preserve", "cold", 50_000L, 100, 1);
        assertThat(first.partsPerSecond()).isEqualTo(20_000);
        assertThat(first.error()).isNaN();
        assertThat(results.measurements().get(3).error()).isCloseTo(2_000, within(1e-6));
    }

    @Test
    void writesBesideTheResultFileByDefault() {
        assertThat(Recommend.defaultOut(Path.of("migration-jmh/target/jmh-result.json")))
                .isEqualTo(Path.of("migration-jmh/target/recommendations").toAbsolutePath());
    }

    @Test
    void prefersTheUsersStandardModeOverFasterPreserveResults() {
        EngineMeasurement preserve = new EngineMeasurement("preserve", "cold", 1000, 500, 2, 90_000, 100);
        EngineMeasurement standardSlow = new EngineMeasurement("standard", "cold", 1000, 500, 1, 30_000, 100);
        EngineMeasurement standardFast = new EngineMeasurement("standard", "cold", 1000, 5000, 2, 40_000, 100);

        assertThat(Recommend.best(List.of(preserve, standardSlow, standardFast))).isEqualTo(standardFast);
        assertThat(Recommend.best(List.of(preserve))).isEqualTo(preserve);
    }

    @Test
    void choosesTheFastestColdSetting() throws Exception {
        Recommend.Recommendation r = Recommend.write(json, dir.resolve("out"));

        assertThat(r.best()).extracting(EngineMeasurement::cache, EngineMeasurement::batchSize, EngineMeasurement::workers)
                .containsExactly("cold", 1000, 2);
        assertThat(r.otherCacheBest()).get().extracting(EngineMeasurement::batchSize).isEqualTo(5000);
    }

    @Test
    void yamlReadsBackIntoMigrationConfig() throws Exception {
        Recommend.Recommendation r = Recommend.write(json, dir.resolve("out"));

        MigrationConfig config = MigrationConfigYaml.load(r.yaml());
        assertThat(config.batchSize()).isEqualTo(1000);
        assertThat(config.maxWorkers()).isEqualTo(2);
        assertThat(config.parallelProcessing()).isTrue();
        String text = Files.readString(r.yaml());
        assertThat(text).contains("# machine: " + Runtime.getRuntime().availableProcessors() + " processors",
                "max heap 2.0 GB (-Xmx2g)", "Java 17.0.15", "# date: ", "# measured: 40,000 ± 2,000 parts/s",
                "# warm cache best: 45,000 ± 2,250 parts/s with batch_size 5000",
                "# measurably faster than 4 of the 5 other settings (99.9% intervals apart)\n");
    }

    @Test
    void oneWorkerTurnsParallelProcessingOff() throws Exception {
        EngineMeasurement one = new EngineMeasurement("preserve", "cold", 1000, 500, 1, 10_000, 100);
        EngineMeasurement two = new EngineMeasurement("preserve", "cold", 1000, 500, 2, 10_000, 100);
        EngineMeasurement best = Recommend.best(List.of(two, one));
        assertThat(best).isEqualTo(one); // a tie goes to fewer workers

        Path yaml = dir.resolve("one.yaml");
        Files.writeString(yaml, Recommend.yaml(best, java.util.Optional.empty(), Recommend.confidence(List.of(two, one), best),
                new Recommend.Machine(2, "1 GB", "Java 17"),
                java.time.LocalDate.of(2025, 1, 2), json));
        MigrationConfig config = MigrationConfigYaml.load(yaml);
        assertThat(config.parallelProcessing()).isFalse();
        assertThat(config.maxWorkers()).isEqualTo(1);
        assertThat(config.batchSize()).isEqualTo(500);
        assertThat(Files.readString(yaml)).contains("measurably faster than 0 of the 1 other settings",
                "within the error: rerun on a quiet machine");
    }

    @Test
    void markdownTablesMarkTheBest() throws Exception {
        Recommend.Recommendation r = Recommend.write(json, dir.resolve("out"));

        String md = Files.readString(r.markdown());
        assertThat(md).contains("## mapping_mode preserve, 50,000 parts, cold cache",
                "## mapping_mode preserve, 50,000 parts, warm cache",
                "| batch_size | 1 worker | 2 workers |",
                "| 1000 | 30,000 ± 1,500 | **40,000 ± 2,000** ★ |",
                "| 5000 | 31,000 ± 1,550 | 38,000 ± 1,900 ≈ |",
                "| 100 | 20,000 ± n/a | 26,000 ± 1,300 |",
                "| 5000 | **45,000 ± 2,250** ★ |",
                "![Throughput against batch size](throughput.svg)");
    }

    @Test
    void chartIsWellFormedSvg() throws Exception {
        Recommend.Recommendation r = Recommend.write(json, dir.resolve("out"));

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document svg = factory.newDocumentBuilder().parse(r.chart().toFile());
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        // one line per worker count and cache mode: 1 cold, 2 cold, 2 warm
        assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline").getLength()).isEqualTo(3);
        String text = Files.readString(r.chart());
        assertThat(text).contains(">1 worker, cold<", ">2 workers, warm<", ">best: 40,000 parts/s<", ">5,000<",
                "batch_size (rows per batch, log scale)");
    }

    @Test
    void convertsSingleShotTimeScores() throws Exception {
        Path ss = dir.resolve("ss.json");
        Files.writeString(ss, """
                [{"benchmark": "io.github.altium2kicad.jmh.EngineBenchmark.migrate", "mode": "ss", "jvmArgs": [],
                  "jdkVersion": "17", "vmName": "VM", "vmVersion": "1",
                  "params": {"batchSize": "1000", "cache": "cold", "mappingMode": "preserve", "parts": "10000", "workers": "2"},
                  "primaryMetric": {"score": 0.5, "scoreError": 0.05, "scoreUnit": "s/op"}, "secondaryMetrics": {}}]
                """);
        EngineMeasurement m = EngineResults.read(ss).measurements().get(0);
        assertThat(m.partsPerSecond()).isCloseTo(20_000, within(1e-6));
        assertThat(m.error()).isCloseTo(2_000, within(1e-6));
    }

    @Test
    void saysWhatIsWrongWithTheInput() throws Exception {
        Path other = dir.resolve("other.json");
        Files.writeString(other, "[{\"benchmark\": \"x.MappingChainBenchmark.decideMemoHit\", \"params\": {}}]");
        assertThatThrownBy(() -> EngineResults.read(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(other.toString()).hasMessageContaining("no EngineBenchmark.migrate result");
        Path missing = dir.resolve("missing.json");
        assertThatThrownBy(() -> EngineResults.read(missing)).hasMessageContaining("does not exist");
        Path notJson = dir.resolve("bad.json");
        Files.writeString(notJson, "{ nope");
        assertThatThrownBy(() -> EngineResults.read(notJson)).hasMessageContaining("is not JSON");
    }

    @Test
    void maxHeapComesFromTheBenchmarkJvmArguments() {
        long ram = 16L << 30;
        assertThat(Recommend.maxHeap(List.of("-Xmx512m"), ram)).isEqualTo("512 MB (-Xmx512m)");
        assertThat(Recommend.maxHeap(List.of("-XX:MaxRAMPercentage=50"), ram)).startsWith("8.0 GB");
        assertThat(Recommend.maxHeap(List.of(), ram)).isEqualTo("4.0 GB (JVM default: 25% of 16.0 GB RAM)");
    }
}
