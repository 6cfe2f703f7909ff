package io.github.altium2kicad.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.api.MappingMode;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.api.mapping.MappingContext;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.api.mapping.MappingRule;
import io.github.altium2kicad.core.report.MappingReport;
import io.github.altium2kicad.core.internal.source.SourceReaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's Java rule is checked like a mapping table: through the real engine on the bundled sample (its real
 * {@code .PcbLib} files), a name KiCad does not have and a footprint with another number of pads than the Altium one
 * are listed for review as unresolved, with the reason, in mapping-report.csv and .json; the part is still written.
 */
class UserRuleChecksMigrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = Path.of("..", "examples", "sample", "Sample.DbLib");

    @TempDir
    Path dir;

    /** A naive in-house rule (issue 17): every resistor whose footprint name mentions 0402 is a 2-pad R_0402. */
    static final class Naive0402Rule implements MappingRule {
        @Override
        public String name() {
            return "naive-0402";
        }

        @Override
        public Optional<MappingDecision> map(MappingInput input, MappingContext context) {
            if (!input.table().equals("Resistors") || input.footprints().isEmpty()
                    || !input.footprints().get(0).ref().toLowerCase(Locale.ROOT).contains("0402")) {
                return Optional.empty();
            }
            return Optional.of(new MappingDecision(Optional.of(new KicadLibId("Device", "R")),
                    List.of(new KicadLibId("Resistor_SMD", "R_0402_1005Metric")), 1.0, name(), List.of("contains 0402"), List.of()));
        }
    }

    /** A rule with a typo in its symbol name, for the LEDs. */
    static final class MisspeltSymbolRule implements MappingRule {
        @Override
        public String name() {
            return "misspelt";
        }

        @Override
        public Optional<MappingDecision> map(MappingInput input, MappingContext context) {
            if (!input.table().equals("LEDs")) {
                return Optional.empty();
            }
            return Optional.of(new MappingDecision(Optional.of(new KicadLibId("Device", "NoSuchSymbol")),
                    List.of(new KicadLibId("LED_SMD", "NoSuchFootprint")), 1.0, name(), List.of(), List.of()));
        }
    }

    private MigrationResult migrate(MappingMode mode, String out, MappingRule... rules) {
        return new OptimizedMigrationEngine(SourceReaders.discover(), List.of(rules), List.of())
                .migrateWithOptimization(MigrationRequest.builder(SAMPLE).outputDirectory(dir.resolve(out)).overwrite(true)
                        .config(MigrationConfig.builder().mappingMode(mode).cacheDirectory(dir.resolve("cache")).build()).build());
    }

    private static List<String> keys(Path database, String sql) throws Exception {
        List<String> keys = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    private static List<String> csvLinesOf(MigrationResult result, String key) throws Exception {
        return Files.readAllLines(result.outputDirectory().resolve(MappingReport.CSV_FILE)).stream()
                .filter(l -> l.contains("," + key + ",")).toList();
    }

    @Test
    void aRuleNamingASymbolOrFootprintKicadDoesNotHaveIsListedForReviewWithTheMissingNames() throws Exception {
        for (MappingMode mode : List.of(MappingMode.PRESERVE, MappingMode.STANDARD)) { // preserve loads the index too
            MigrationResult result = migrate(mode, "out-" + mode.configName(), new MisspeltSymbolRule());
            List<String> leds = keys(result.database(), "SELECT \"Part Number\" FROM LEDs");
            assertThat(leds).isNotEmpty();

            JsonNode report = JSON.readTree(result.outputDirectory().resolve(MappingReport.JSON_FILE).toFile());
            List<JsonNode> listed = new ArrayList<>();
            report.at("/review_parts").forEach(p -> {
                if (p.path("table").asText().equals("LEDs") && !p.path("key").asText().isEmpty()) { // the empty-key row is skipped
                    listed.add(p);
                }
            });
            assertThat(listed).extracting(p -> p.path("key").asText()).as(mode + ": every LED is listed")
                    .containsAll(leds);
            assertThat(listed).hasSize((int) result.tables().stream().filter(t -> t.table().equals("LEDs"))
                    .mapToLong(t -> t.rowsWritten()).sum());
            assertThat(listed).allSatisfy(p -> {
                assertThat(p.path("reasons").toString()).contains("unresolved");
                assertThat(p.path("details").toString())
                        .contains("symbol Device:NoSuchSymbol does not exist in the KiCad libraries")
                        .contains("footprint LED_SMD:NoSuchFootprint does not exist in the KiCad libraries");
            });
            assertThat(csvLinesOf(result, leds.get(0))).singleElement().asString()
                    .contains("unresolved").contains("misspelt")
                    .contains("symbol Device:NoSuchSymbol does not exist in the KiCad libraries");
        }
    }

    @Test
    void aRuleMappingAResistorArrayToATwoPadFootprintIsListedForReviewWithBothPadCounts() throws Exception {
        MigrationResult result = migrate(MappingMode.PRESERVE, "out", new Naive0402Rule());
        List<String> arrays = keys(result.database(), "SELECT \"Part Number\" FROM Resistors WHERE \"Footprint Ref\" IN "
                + "('RES ARRAY 4x0402_1005', 'RES_ARRAY_4X0402')");
        List<String> chips = keys(result.database(), "SELECT \"Part Number\" FROM Resistors WHERE \"Footprint Ref\" IN ('R0402', 'RES 0402_1005')");
        assertThat(arrays).hasSize(3);
        assertThat(keys(result.database(), "SELECT \"Part Number\" FROM Resistors WHERE \"KiCad Footprints\" = "
                + "'Resistor_SMD:R_0402_1005Metric'")).as("the rule decided them").containsAll(arrays).containsAll(chips);

        for (String array : arrays) {
            assertThat(csvLinesOf(result, array)).as(array).singleElement().asString().contains("unresolved")
                    .containsPattern("the Altium footprint RES[ _]ARRAY[ _]4[xX]0402(_1005)? has (?!2 )\\d+ numbered pads in its \\.PcbLib, "
                            + "Resistor_SMD:R_0402_1005Metric has 2");
        }
        assertThat(chips).isNotEmpty().allSatisfy(chip -> assertThat(csvLinesOf(result, chip)).as("2 pads as R_0402: not listed").isEmpty());
    }
}
