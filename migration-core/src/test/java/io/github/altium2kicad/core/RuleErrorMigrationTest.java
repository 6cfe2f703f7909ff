package io.github.altium2kicad.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.api.MappingMode;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.PartIssue;
import io.github.altium2kicad.api.TableResult;
import io.github.altium2kicad.api.mapping.MappingRule;
import io.github.altium2kicad.core.report.MappingReport;
import io.github.altium2kicad.core.internal.source.SourceReaders;
import io.github.altium2kicad.core.testing.FailingRule;
import io.github.altium2kicad.testkit.TableLibraryGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user rule that throws on some parts: under {@code max_part_errors} the run finishes with those parts decided by
 * the next rule and reported; over it, the run stops and leaves the previous output as it was. The in-database and
 * streamed paths agree.
 */
class RuleErrorMigrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The 0805 resistors of the standard library: every third one, RES-3 … RES-120, at rows 3 … 120. */
    private static final String FOOTPRINT = "RESC2012X70N";
    private static final int FAILING = 40;
    private static final FailingRule BROKEN = FailingRule.broken(FOOTPRINT);

    @TempDir
    Path dir;
    Path dbLib;

    @BeforeEach
    void library() throws Exception {
        dbLib = TableLibraryGenerator.standard().writeTo(dir.resolve("altium")).dbLib();
    }

    private static OptimizedMigrationEngine inDatabase(MappingRule... rules) {
        return new OptimizedMigrationEngine(SourceReaders.discover(), List.of(rules), List.of(), true);
    }

    private static OptimizedMigrationEngine streamed(MappingRule... rules) {
        return new OptimizedMigrationEngine(SourceReaders.discover(), List.of(rules), List.of(), false);
    }

    private MigrationResult migrate(OptimizedMigrationEngine engine, MigrationConfig config, String out) {
        return engine.migrateWithOptimization(MigrationRequest.builder(dbLib).outputDirectory(dir.resolve(out)).overwrite(true)
                .config(config).build());
    }

    private MigrationConfig.Builder preserve() {
        return MigrationConfig.builder().mappingMode(MappingMode.PRESERVE).cacheDirectory(dir.resolve("cache"));
    }

    @Test
    void underTheBudgetEveryPartIsWrittenWithTheNextRulesDecisionAndEachRuleErrorIsReported() throws Exception {
        MigrationResult clean = migrate(inDatabase(), preserve().build(), "clean");
        MigrationResult result = migrate(inDatabase(BROKEN), preserve().build(), "out");

        assertThat(EndToEndMigrationTest.dump(result.database())).as("preserve decided the parts the rule failed on")
                .isEqualTo(EndToEndMigrationTest.dump(clean.database()));
        assertThat(result.tables()).extracting(TableResult::ruleErrors).containsExactly((long) FAILING, 0L);
        List<PartIssue> ruleErrors = result.issues().stream().filter(i -> i.kind() == PartIssue.Kind.RULE_ERROR).toList();
        assertThat(ruleErrors).hasSize(FAILING).first().isEqualTo(
                new PartIssue("Resistors", 3, "RES-3", PartIssue.Kind.RULE_ERROR, BROKEN.issue("preserve")));
        assertThat(ruleErrors).extracting(PartIssue::row).containsExactlyElementsOf(
                IntStream.rangeClosed(1, FAILING).mapToObj(i -> 3L * i).toList());

        JsonNode summary = JSON.readTree(result.summaryFile().toFile());
        assertThat(summary.at("/config/max_part_errors").asText()).isEqualTo("100");
        assertThat(summary.at("/totals/rule_errors").asLong()).isEqualTo(FAILING);
        assertThat(summary.at("/tables/0/rule_errors").asLong()).isEqualTo(FAILING);
        assertThat(summary.at("/issues")).filteredOn(i -> i.path("kind").asText().equals("rule_error")).hasSize(FAILING)
                .anySatisfy(i -> {
                    assertThat(i.path("table").asText()).isEqualTo("Resistors");
                    assertThat(i.path("row").asLong()).isEqualTo(120);
                    assertThat(i.path("key").asText()).isEqualTo("RES-120");
                    assertThat(i.path("action").asText()).isEqualTo(BROKEN.issue("preserve")).doesNotContain("\tat ");
                });
        JsonNode report = JSON.readTree(result.outputDirectory().resolve(MappingReport.JSON_FILE).toFile());
        assertThat(report.at("/totals/by_reason/rule-error").asLong()).isEqualTo(FAILING);
        assertThat(report.at("/review_parts")).anySatisfy(p -> {
            assertThat(p.path("key").asText()).isEqualTo("RES-3");
            assertThat(p.path("reasons").toString()).contains("rule-error");
            assertThat(p.path("details").get(0).asText()).isEqualTo(BROKEN.issue("preserve"));
        });
    }

    @Test
    void streamedAndInDatabaseRunsWriteAndReportTheSame() throws Exception {
        MigrationResult expected = migrate(inDatabase(BROKEN), preserve().build(), "in-database");
        List<MigrationResult> others = List.of(
                migrate(inDatabase(BROKEN), preserve().parallelProcessing(false).build(), "in-database-single"),
                migrate(streamed(BROKEN), preserve().maxWorkers(3).batchSize(5).build(), "streamed-parallel"),
                migrate(streamed(BROKEN), preserve().parallelProcessing(false).build(), "streamed-single"),
                migrate(streamed(BROKEN), preserve().enableCaching(false).build(), "streamed-no-memo"));
        for (MigrationResult other : others) {
            assertThat(EndToEndMigrationTest.dump(other.database())).isEqualTo(EndToEndMigrationTest.dump(expected.database()));
            assertThat(other.issues()).isEqualTo(expected.issues());
            assertThat(other.tables()).isEqualTo(expected.tables());
            assertThat(Files.readAllLines(other.outputDirectory().resolve(MappingReport.CSV_FILE))) // the order may differ
                    .containsExactlyInAnyOrderElementsOf(Files.readAllLines(expected.outputDirectory().resolve(MappingReport.CSV_FILE)));
        }
    }

    @Test
    void overTheBudgetTheRunStopsNamingTheRuleAndTheFirstPartAndLeavesThePreviousOutputUntouched() throws Exception {
        MigrationResult previous = migrate(inDatabase(), preserve().build(), "out");
        List<String> before = EndToEndMigrationTest.dump(previous.database());
        String summaryBefore = Files.readString(previous.summaryFile());
        for (OptimizedMigrationEngine engine : List.of(inDatabase(BROKEN), streamed(BROKEN))) {
            assertThatThrownBy(() -> migrate(engine, preserve().maxPartErrors(FAILING - 1).batchSize(7).build(), "out"))
                    .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.kind()).isEqualTo(MigrationException.Kind.BAD_INPUT))
                    .hasMessageContaining("Mapping rules failed on ")
                    .hasMessageContaining("more than max_part_errors (" + (FAILING - 1) + ") allows, so the output was not written")
                    .hasMessageContaining("The first: table 'Resistors', row 3, key 'RES-3': " + BROKEN.issue("preserve"))
                    .hasMessageContaining("Fix the rule, or raise max_part_errors (option --max-part-errors)");

            assertThat(EndToEndMigrationTest.dump(previous.database())).isEqualTo(before);
            assertThat(previous.summaryFile()).hasContent(summaryBefore);
            try (Stream<Path> siblings = Files.list(dir)) {
                assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".partial-") || n.contains(".previous-"));
            }
        }
        MigrationResult exactlyAtTheBudget = migrate(inDatabase(BROKEN), preserve().maxPartErrors(FAILING).build(), "at-budget");
        assertThat(exactlyAtTheBudget.tables().get(0).ruleErrors()).isEqualTo(FAILING);
    }

    @Test
    void aBudgetOfZeroStopsAtTheFirstRuleError() {
        for (OptimizedMigrationEngine engine : List.of(inDatabase(BROKEN), streamed(BROKEN))) {
            assertThatThrownBy(() -> migrate(engine, preserve().maxPartErrors(0).batchSize(1).build(), "out"))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("more than max_part_errors (0) allows")
                    .hasMessageContaining("table 'Resistors', row 3, key 'RES-3'");
            assertThat(dir.resolve("out")).doesNotExist();
        }
    }

    @Test
    void aFixedRuleRedecidesThePartsOnAWarmCacheInsteadOfBeingServedTheFallback() throws Exception {
        for (boolean copyInDatabase : List.of(true, false)) {
            MigrationConfig config = preserve().cacheDirectory(dir.resolve("cache-" + copyInDatabase)).build();
            MigrationResult broken = migrate(new OptimizedMigrationEngine(SourceReaders.discover(), List.of(BROKEN), List.of(),
                    copyInDatabase), config, "broken-" + copyInDatabase);
            MigrationResult fixed = migrate(new OptimizedMigrationEngine(SourceReaders.discover(), List.of(FailingRule.fixed(FOOTPRINT)),
                    List.of(), copyInDatabase), config, "fixed-" + copyInDatabase);

            assertThat(broken.tables().get(0).ruleErrors()).isEqualTo(FAILING);
            assertThat(fixed.performance().cache().persistentHits()).as("the cache was warm").isPositive();
            assertThat(fixed.tables().get(0).ruleErrors()).isZero();
            assertThat(fixed.issues()).noneMatch(i -> i.kind() == PartIssue.Kind.RULE_ERROR);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + fixed.database());
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM Resistors WHERE \"KiCad Symbol\" = '" + FailingRule.SYMBOL
                         + "' AND \"KiCad Footprints\" = '" + FailingRule.FOOTPRINT + "'")) {
                assertThat(rs.getLong(1)).as("decided by the fixed rule, not the cached fallback").isEqualTo(FAILING);
            }
        }
    }
}
