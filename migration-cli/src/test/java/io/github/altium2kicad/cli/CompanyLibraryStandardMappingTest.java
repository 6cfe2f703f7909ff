package io.github.altium2kicad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.api.CacheStatistics;
import io.github.altium2kicad.api.MappingMode;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.core.OptimizedMigrationEngine;
import io.github.altium2kicad.testkit.company.CompanyLibrary;
import io.github.altium2kicad.testkit.company.CompanyLibraryFacts;
import io.github.altium2kicad.testkit.company.MappingLabel;
import io.github.altium2kicad.testkit.company.TableFact;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: the company library's main DbLib (house-style footprint names from many generations and librarians,
 * DigiKey package texts, X7R/NP0/C0G siblings, arrays and side-view LEDs under chip-like names) migrated in
 * {@code standard} mode and compared with its mapping ground truth, which the generator writes from what each part
 * physically is ({@link MappingLabel}), never from the names it wrote. At least 95 % of the parts with a certain
 * standard mapping get exactly that mapping, none gets another one, and no part without one is mapped; every part
 * kept as Altium says why.
 */
class CompanyLibraryStandardMappingTest {

    @TempDir
    Path dir;

    @Test
    void standardModeMapsTheCertainPartsExactlyAndNoneWrongly() throws Exception {
        CompanyLibraryFacts facts = new CompanyLibrary(42).write(dir.resolve("library"));
        assertThat(facts.parts()).hasSizeGreaterThanOrEqualTo(5_000);
        assertThat(facts.tables().stream().filter(t -> t.status() == TableFact.Status.PRESENT).count())
                .isGreaterThanOrEqualTo(20);
        Set<String> styles = facts.parts().stream().filter(p -> p.dbLib().equals(CompanyLibrary.MAIN_DBLIB))
                .map(p -> p.footprintRef()).collect(Collectors.toSet());
        assertThat(styles).as("house styles of the issue").contains("YAGEO RES 0402_1005", "CAP 1206_3216 - 0.8MM",
                "IND 1008_2520 RF WW", "LED 0805_2012 RED", "FER 0603_1608", "MURATA GRM31M 1206_3216", "CSR1206",
                "0603_R", "0805_C", "R0603", "C0805", "0402", "MURATA GRM15 0402");

        Path out = dir.resolve("out");
        MigrationResult result = new OptimizedMigrationEngine().migrateWithOptimization(MigrationRequest
                .builder(facts.folder().resolve(CompanyLibrary.MAIN_DBLIB)).outputDirectory(out)
                .config(MigrationConfig.builder().mappingMode(MappingMode.STANDARD)
                        .cacheDirectory(dir.resolve("cache")).build()).build());

        Map<String, String[]> written = written(result);
        Map<String, long[]> byFamily = new TreeMap<>(); // certain, exact, wrong, no standard, mapped anyway
        List<String> wrong = new ArrayList<>();
        for (MappingLabel label : facts.labels()) {
            String[] got = written.get(label.table() + "/" + label.key());
            assertThat(got).as("part %s/%s written", label.table(), label.key()).isNotNull();
            boolean mapped = got[0] != null && got[0].startsWith("Device:"); // preserved symbols keep Altium nicknames
            String footprint = got[1] == null ? "" : got[1].split(";")[0];
            long[] n = byFamily.computeIfAbsent(label.family(), f -> new long[5]);
            if (label.certain()) {
                n[0]++;
                if (mapped && label.symbol().equals(got[0]) && label.footprint().equals(footprint)) {
                    n[1]++;
                } else if (mapped) {
                    n[2]++;
                    wrong.add(label + " got " + got[0] + " " + footprint);
                }
            } else {
                n[3]++;
                if (mapped) {
                    n[4]++;
                    wrong.add(label + " got " + got[0] + " " + footprint);
                }
            }
        }
        long certain = byFamily.values().stream().mapToLong(n -> n[0]).sum();
        long exact = byFamily.values().stream().mapToLong(n -> n[1]).sum();
        System.out.println("Standard mapping of the company library, per family (certain parts: exact / wrong;"
                + " parts without a standard mapping: mapped anyway):");
        byFamily.forEach((family, n) -> System.out.printf(Locale.ROOT,
                "  %-20s certain %5d  exact %5d (%5.1f %%)  wrong %d  |  no standard %4d  mapped %d%n", family, n[0],
                n[1], n[0] == 0 ? 0.0 : 100.0 * n[1] / n[0], n[2], n[3], n[4]));
        System.out.printf(Locale.ROOT, "  total: %d of %d certain parts exact (%.1f %%), %d wrong%n", exact, certain,
                100.0 * exact / certain, wrong.size());

        assertThat(certain).isGreaterThanOrEqualTo(3_000);
        assertThat(wrong).as("parts mapped to another footprint than the one they physically have").isEmpty();
        assertThat((double) exact / certain).as("share of certain parts mapped exactly").isGreaterThanOrEqualTo(0.95);

        // every part kept as Altium says why, in the CSV and the JSON; the ten most common reasons are summarized
        try (CSVParser csv = CSVParser.parse(Files.readString(out.resolve("mapping-report.csv"), StandardCharsets.UTF_8)
                .substring(1), CSVFormat.DEFAULT.builder().setHeader().build())) {
            List<CSVRecord> kept = csv.getRecords().stream()
                    .filter(r -> r.get("reasons").contains("preserved-not-standard")).toList();
            assertThat(kept).isNotEmpty().allSatisfy(r -> assertThat(r.get("decline_reason"))
                    .as("decline reason of %s/%s", r.get("table"), r.get("key")).startsWith("standard-library: "));
            long keptParts = kept.size();
            assertThat(result.declineReasons()).hasSizeBetween(1, 10);
            assertThat(result.declineReasons().get(0).parts()).isGreaterThanOrEqualTo(
                    result.declineReasons().get(result.declineReasons().size() - 1).parts());
            assertThat(result.declineReasons().stream().mapToLong(d -> d.parts()).sum()).isLessThanOrEqualTo(keptParts);
        }
        JsonNode summary = new ObjectMapper().readTree(out.resolve("migration-summary.json").toFile());
        assertThat(summary.path("top_decline_reasons").size()).isEqualTo(result.declineReasons().size());
        assertThat(summary.path("top_decline_reasons").get(0).path("example").asText()).contains("/");
        JsonNode report = new ObjectMapper().readTree(out.resolve("mapping-report.json").toFile());
        Set<String> reasons = new TreeSet<>();
        report.path("review_parts").forEach(p -> {
            if (p.path("reasons").toString().contains("preserved-not-standard")) {
                reasons.add(p.path("decline_reason").asText());
            }
        });
        assertThat(reasons).isNotEmpty().allMatch(r -> r.startsWith("standard-library: "));
        System.out.println("Ten most common decline reasons:");
        result.declineReasons().forEach(d -> System.out.printf(Locale.ROOT, "  %6d  %s%n", d.parts(), d.reason()));

        // decided per Altium footprint: the decisions scale with the footprints, not with the parts or their texts
        CacheStatistics cache = result.performance().cache();
        long footprints = facts.parts().stream().filter(p -> p.dbLib().equals(CompanyLibrary.MAIN_DBLIB)
                && p.footprintRef() != null && !p.footprintRef().isBlank()).map(p -> p.footprintRef().toLowerCase(Locale.ROOT))
                .distinct().count();
        System.out.printf(Locale.ROOT, "Decisions: %d distinct inputs decided by the rules, %d footprint decisions for %d"
                + " distinct footprints (%d footprint names written)%n", cache.ruleEvaluations(), cache.footprintDecisions(),
                cache.distinctFootprints(), footprints);
        assertThat(cache.distinctFootprints()).isBetween(footprints / 2, footprints * 2);
        assertThat(cache.footprintDecisions()).isGreaterThanOrEqualTo(cache.distinctFootprints() / 2)
                .isLessThan(cache.ruleEvaluations() / 3).isLessThanOrEqualTo(2 * cache.distinctFootprints());
        assertThat(summary.path("performance").path("cache").path("footprint_decisions").asLong())
                .isEqualTo(cache.footprintDecisions());
        assertThat(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8))
                .contains("<span id=\"footprint-decisions\">" + cache.footprintDecisions() + "</span>");
    }

    /** {@code table/key} → KiCad Symbol, KiCad Footprints, read from the generated SQLite. */
    private static Map<String, String[]> written(MigrationResult result) throws Exception {
        Map<String, String[]> written = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + result.database());
             Statement s = c.createStatement();
             ResultSet tables = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (tables.next()) {
                String table = tables.getString(1);
                try (ResultSet rs = s.executeQuery("SELECT \"Part Number\", \"KiCad Symbol\", \"KiCad Footprints\" FROM \""
                        + table.replace("\"", "\"\"") + "\"")) {
                    while (rs.next()) {
                        written.put(table + "/" + rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                    }
                }
            }
        }
        return written;
    }
}
