package io.github.altium2kicad.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.api.mapping.MappingRule;
import io.github.altium2kicad.core.OptimizedMigrationEngine;
import io.github.altium2kicad.examples.rules.JstConnectorRule;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example user rules: found with ServiceLoader, and applied before the built-in rules. */
class UserRulesTest {

    @TempDir
    Path dir;

    private MigrationResult migrate(MigrationConfig.Builder config) {
        return new OptimizedMigrationEngine().migrateWithOptimization(MigrationRequest.builder(Path.of("sample", "Sample.DbLib"))
                .outputDirectory(dir.resolve("out")).config(config.cacheDirectory(dir.resolve("cache")).build()).build());
    }

    private static Map<String, String[]> parts(Path database, String table) throws Exception {
        Map<String, String[]> parts = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             ResultSet r = c.createStatement().executeQuery("SELECT \"Part Number\", \"KiCad Symbol\", \"KiCad Footprints\", "
                     + "\"Footprint Ref\", \"Library Ref\", \"Package / Case\" FROM \"" + table + "\"")) {
            while (r.next()) {
                parts.put(r.getString(1), new String[] {r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6)});
            }
        }
        return parts;
    }

    private static long partsByRule(MigrationResult result, String rule) throws Exception {
        JsonNode report = new ObjectMapper().readTree(result.report().resolveSibling("mapping-report.json").toFile());
        long parts = 0;
        for (JsonNode row : report.path("mapping")) {
            if (row.path("rule").asText().equals(rule)) {
                parts += row.path("parts").asLong();
            }
        }
        return parts;
    }

    @Test
    void theJavaRuleIsFoundWithServiceLoaderAndMapsBeforeTheBuiltIns() throws Exception {
        assertThat(ServiceLoader.load(MappingRule.class).stream().map(ServiceLoader.Provider::type).toList())
                .contains(JstConnectorRule.class);
        MigrationResult result = migrate(MigrationConfig.builder());
        assertThat(partsByRule(result, "acme-jst-connectors")).isPositive();
        String[] xh = parts(result.database(), "Connectors").get("CON-10001"); // JST_B3B-XH-A
        assertThat(xh[0]).isEqualTo("Connector_Generic:Conn_01x03");
        assertThat(xh[1]).isEqualTo("Connector_JST:JST_XH_B3B-XH-A_1x03_P2.50mm_Vertical");
    }

    @Test
    void theYamlTableTakesPrecedenceOverTheBuiltInRules() throws Exception {
        MigrationResult builtIn = migrate(MigrationConfig.builder());
        Map<String, String[]> before = parts(builtIn.database(), "Resistors");
        dir.resolve("out").toFile().renameTo(dir.resolve("builtin").toFile());

        MigrationResult withTable = migrate(MigrationConfig.builder().mappingTables(List.of(Path.of("rules", "company-mapping.yaml"))));
        Map<String, String[]> after = parts(withTable.database(), "Resistors");
        int overridden = 0;
        for (Map.Entry<String, String[]> e : after.entrySet()) {
            String fp = e.getValue()[2];
            if (fp != null && fp.matches("^(RESC1005X|R0402|RES 0402_1005).*")) {
                assertThat(e.getValue()[1]).startsWith("Resistor_SMD:R_0402_1005Metric_Pad0.72x0.64mm_HandSolder;");
                if (before.get(e.getKey())[1] != null && before.get(e.getKey())[1].equals("Resistor_SMD:R_0402_1005Metric")) {
                    overridden++; // the built-in rule had mapped it; the user's table won
                }
            }
        }
        assertThat(overridden).isPositive();
        assertThat(partsByRule(withTable, "user-table:company-mapping.yaml")).isPositive();
    }
}
