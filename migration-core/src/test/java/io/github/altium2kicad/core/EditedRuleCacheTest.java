package io.github.altium2kicad.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.mapping.MappingRule;
import io.github.altium2kicad.core.internal.source.SourceReaders;
import io.github.altium2kicad.testkit.TableLibraryGenerator;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user edits an in-house Java rule, rebuilds it into the same class folder (the same SNAPSHOT, same name and
 * class) and reruns against the same persistent cache: the run must give the edited rule's answer, not the cached one.
 */
class EditedRuleCacheTest {

    private static final String RULE = """
            package com.acme.rules;

            import io.github.altium2kicad.api.mapping.*;
            import java.util.*;

            public final class ChipCapacitorRule implements MappingRule {
                public String name() { return "acme-chip-capacitors"; }

                public Optional<MappingDecision> map(MappingInput input, MappingContext context) {
                    for (AltiumFootprint f : input.footprints()) {
                        if (f.ref().equals("C0402")) {
                            return Optional.of(new MappingDecision(Optional.of(new KicadLibId("Device", "C")),
                                    List.of(new KicadLibId("Capacitor_SMD", "%s")), 1.0, name(),
                                    List.of("Footprint Ref=C0402"), List.of()));
                        }
                    }
                    return Optional.empty();
                }
            }
            """;

    @TempDir
    Path dir;
    Path dbLib;
    Path classes;

    @BeforeEach
    void library() throws Exception {
        dbLib = TableLibraryGenerator.standard().writeTo(dir.resolve("altium")).dbLib();
        classes = Files.createDirectories(dir.resolve("rule-classes"));
    }

    @Test
    void aRebuiltRuleGivesItsNewAnswerOnTheNextRunOverTheSameCache() throws Exception {
        MigrationResult first = migrate(compileRule("C_0402_1005Metric"), "first");
        assertThat(footprintsOfCapacitors(first)).containsOnly("Capacitor_SMD:C_0402_1005Metric");

        MigrationResult unchanged = migrate(compileRule("C_0402_1005Metric"), "unchanged");
        assertThat(unchanged.performance().cache().persistentHits()).as("the same rule, rebuilt: the cache is used").isPositive();

        MigrationResult edited = migrate(compileRule("C_0402_1005Metric_Pad0.74x0.62mm_HandSolder"), "edited");
        assertThat(edited.performance().cache().persistentHits()).as("an edited rule: nothing from the old cache").isZero();
        assertThat(footprintsOfCapacitors(edited)).containsOnly("Capacitor_SMD:C_0402_1005Metric_Pad0.74x0.62mm_HandSolder");
    }

    @Test
    void anEditedMappingTableInTheSameFileGivesItsNewAnswer() throws Exception {
        Path table = dir.resolve("mapping.yaml");
        String yaml = """
                rules:
                  - match: { "Footprint Ref": "C0402" }
                    symbol: Device:C
                    footprints: [Capacitor_SMD:%s]
                """;
        Files.writeString(table, yaml.formatted("C_0402_1005Metric"));
        assertThat(footprintsOfCapacitors(migrateWithTable(table, "first"))).containsOnly("Capacitor_SMD:C_0402_1005Metric");
        assertThat(migrateWithTable(table, "again").performance().cache().persistentHits()).isPositive();

        Files.writeString(table, yaml.formatted("C_0402_1005Metric_Pad0.74x0.62mm_HandSolder"));
        MigrationResult edited = migrateWithTable(table, "edited");
        assertThat(edited.performance().cache().persistentHits()).isZero();
        assertThat(footprintsOfCapacitors(edited)).containsOnly("Capacitor_SMD:C_0402_1005Metric_Pad0.74x0.62mm_HandSolder");
    }

    private MigrationResult migrateWithTable(Path table, String out) {
        MigrationConfig config = MigrationConfig.builder().cacheDirectory(dir.resolve("cache")).mappingTables(List.of(table)).build();
        return new OptimizedMigrationEngine(SourceReaders.discover(), List.of(), List.of())
                .migrateWithOptimization(MigrationRequest.builder(dbLib).outputDirectory(dir.resolve(out)).config(config).build());
    }

    /** Compiles the rule with {@code footprint} into the same class folder each time, as a rebuild does. */
    private MappingRule compileRule(String footprint) throws Exception {
        Path source = Files.createDirectories(dir.resolve("src/com/acme/rules")).resolve("ChipCapacitorRule.java");
        Files.writeString(source, RULE.formatted(footprint));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int exit = javac.run(null, null, null, "-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                source.toString());
        assertThat(exit).as("javac exit code").isZero();
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
        return (MappingRule) loader.loadClass("com.acme.rules.ChipCapacitorRule").getConstructor().newInstance();
    }

    private MigrationResult migrate(MappingRule rule, String out) {
        MigrationConfig config = MigrationConfig.builder().cacheDirectory(dir.resolve("cache")).build();
        return new OptimizedMigrationEngine(SourceReaders.discover(), List.of(rule), List.of())
                .migrateWithOptimization(MigrationRequest.builder(dbLib).outputDirectory(dir.resolve(out)).config(config).build());
    }

    private static List<String> footprintsOfCapacitors(MigrationResult result) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + result.database());
             var st = c.createStatement();
             var rows = st.executeQuery("SELECT name FROM sqlite_master WHERE type='table' AND name LIKE 'Caps%'")) {
            rows.next();
            String table = rows.getString(1);
            try (var st2 = c.createStatement();
                 var fp = st2.executeQuery("SELECT DISTINCT \"KiCad Footprints\" FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                List<String> out = new java.util.ArrayList<>();
                while (fp.next()) {
                    out.add(fp.getString(1));
                }
                return out;
            }
        }
    }
}
