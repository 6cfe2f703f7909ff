package io.github.altium2kicad.core.mapping.user;

import static io.github.altium2kicad.core.mapping.user.MappingTableTestSupport.CONTEXT;
import static io.github.altium2kicad.core.mapping.user.MappingTableTestSupport.part;
import static io.github.altium2kicad.core.mapping.user.MappingTableTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a loaded mapping table decides: match types, scoping, precedence, partial answers, YAML = CSV. */
class MappingTableRuleTest {

    @TempDir
    Path dir;

    static final String YAML = """
            version: 1
            rules:
              - match: { "Footprint Ref": "RESC1608X55N" }          # exact
                symbol: Device:R
                footprints: [Resistor_SMD:R_0603_1608Metric]
              - match: { "Library Ref": { glob: "CAP*" }, "Package / Case": { regex: "^0402\\\\b" } }
                tables: ["Capacitors*"]
                symbol: Device:C
                footprints: [Capacitor_SMD:C_0402_1005Metric, Capacitor_SMD:C_0402_1005Metric_Pad0.74x0.62mm_HandSolder]
                confidence: 0.9
                note: 0402 ceramics
              - match: { "Library Ref": { glob: "CAP*" } }
                symbol: Device:C_Small
              - match: { "Manufacturer": { regex: "(?i)^yageo$" }, table: Resistors }
                footprints: Resistor_SMD:R_0805_2012Metric
                confidence: 0.5
              - tables: [Connectors]
                symbol: Connector:Conn_01x02
            """;

    static final String CSV = """
            # same rules as the YAML
            Footprint Ref,Library Ref,Package / Case,Manufacturer,table,tables,symbol,footprints,confidence,note
            RESC1608X55N,,,,,,Device:R,Resistor_SMD:R_0603_1608Metric,,
            ,glob:CAP*,regex:^0402\\b,,,Capacitors*,Device:C,Capacitor_SMD:C_0402_1005Metric;Capacitor_SMD:C_0402_1005Metric_Pad0.74x0.62mm_HandSolder,0.9,0402 ceramics
            ,glob:CAP*,,,,,Device:C_Small,,,
            ,,,regex:(?i)^yageo$,Resistors,,,Resistor_SMD:R_0805_2012Metric,0.5,
            ,,,,,Connectors,Connector:Conn_01x02,,,
            """;

    private MappingTableRule yaml() {
        return MappingTableLoader.load(write(dir, "passives.yaml", YAML), KicadNameCheck.acceptAll(), MappingTableRule.PRIORITY);
    }

    private MappingTableRule csv() {
        return MappingTableLoader.load(write(dir, "passives.csv", CSV), KicadNameCheck.acceptAll(), MappingTableRule.PRIORITY);
    }

    private static final List<MappingInput> PARTS = List.of(
            part("Resistors", "Resistor", "RESC1608X55N", Map.of()),
            part("Resistors", "Resistor", "RESC2012X70N", Map.of("Manufacturer", "YAGEO")),
            part("Resistors", "Resistor", "RESC2012X70N", Map.of("Manufacturer", "Vishay")),
            part("Capacitors MLCC", "CAP", "C0402", Map.of("Package / Case", "0402 (1005 Metric)")),
            part("capacitors", "CAP_NP", "C0402", Map.of("Package / Case", "0402")),
            part("Capacitors", "CAP", "C0603", Map.of("Package / Case", "0603 (1608 Metric)")),
            part("Other", "CAP", "C0402", Map.of("Package / Case", "0402 (1005 Metric)")),
            part("Capacitors", "cap", "C0402", Map.of("Package / Case", "0402")),
            part("Connectors", "HDR2", "HDR1X2", Map.of()));

    @Test
    void exactMatchGivesSymbolAndFootprintWithFullConfidence() {
        MappingDecision d = yaml().map(PARTS.get(0), CONTEXT).orElseThrow();
        assertThat(d.symbol()).contains(KicadLibId.parse("Device:R"));
        assertThat(d.footprintsColumnValue()).isEqualTo("Resistor_SMD:R_0603_1608Metric");
        assertThat(d.confidence()).isEqualTo(1.0);
        assertThat(d.rule()).isEqualTo("user-table:passives.yaml");
        assertThat(d.evidence()).contains("mapping table passives.yaml line 3", "Footprint Ref=RESC1608X55N (exact)");
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void exactMatchIsCaseSensitiveAndIgnoresSurroundingBlanks() {
        MappingTableRule rule = yaml();
        assertThat(rule.map(part("Resistors", "R", " RESC1608X55N ", Map.of()), CONTEXT)).isPresent();
        assertThat(rule.map(part("Resistors", "R", "resc1608x55n", Map.of()), CONTEXT)).isEmpty();
    }

    @Test
    void globAndRegexMatchAndAllConditionsMustHold() {
        MappingTableRule rule = yaml();
        MappingDecision mlcc = rule.map(PARTS.get(3), CONTEXT).orElseThrow();
        assertThat(mlcc.symbol()).contains(KicadLibId.parse("Device:C"));
        assertThat(mlcc.footprints()).hasSize(2);
        assertThat(mlcc.confidence()).isEqualTo(0.9);
        assertThat(mlcc.evidence()).contains("0402 ceramics", "Package / Case=0402 (1005 Metric) (regex)");
        // glob matches CAP_NP too, table scope is case-insensitive
        assertThat(rule.map(PARTS.get(4), CONTEXT).orElseThrow().symbol()).contains(KicadLibId.parse("Device:C"));
        // 0603 fails the regex: falls through to the next rule (glob CAP* → C_Small)
        assertThat(rule.map(PARTS.get(5), CONTEXT).orElseThrow().symbol()).contains(KicadLibId.parse("Device:C_Small"));
        // glob is case-sensitive: 'cap' is not CAP*
        assertThat(rule.map(PARTS.get(7), CONTEXT)).isEmpty();
    }

    @Test
    void tablesLimitARule() {
        MappingDecision other = yaml().map(PARTS.get(6), CONTEXT).orElseThrow();
        assertThat(other.symbol()).contains(KicadLibId.parse("Device:C_Small"));
        MappingDecision connector = yaml().map(PARTS.get(8), CONTEXT).orElseThrow();
        assertThat(connector.symbol()).contains(KicadLibId.parse("Connector:Conn_01x02"));
    }

    @Test
    void firstMatchingRuleInFileOrderWins() {
        MappingTableRule rule = MappingTableLoader.load(write(dir, "order.yaml", """
                rules:
                  - match: { "Library Ref": { glob: "R*" } }
                    symbol: Device:R_Small
                  - match: { "Library Ref": Resistor }
                    symbol: Device:R
                """), KicadNameCheck.acceptAll(), 0);
        MappingDecision d = rule.map(PARTS.get(0), CONTEXT).orElseThrow();
        assertThat(d.symbol()).contains(KicadLibId.parse("Device:R_Small"));
        assertThat(d.evidence()).contains("mapping table order.yaml line 2");
    }

    @Test
    void symbolOnlyRuleKeepsTheAltiumFootprintsAndFootprintOnlyKeepsTheSymbol() {
        MappingDecision symbolOnly = yaml().map(PARTS.get(5), CONTEXT).orElseThrow();
        assertThat(symbolOnly.footprintsColumnValue()).isEqualTo("Chip:C0603");
        assertThat(symbolOnly.evidence()).contains("Footprint Ref=C0603 in Footprints\\Chip.PcbLib");

        MappingDecision footprintOnly = yaml().map(PARTS.get(1), CONTEXT).orElseThrow();
        assertThat(footprintOnly.symbol()).contains(KicadLibId.parse("Passives:Resistor"));
        assertThat(footprintOnly.footprintsColumnValue()).isEqualTo("Resistor_SMD:R_0805_2012Metric");
        assertThat(footprintOnly.confidence()).isEqualTo(0.5);
        assertThat(footprintOnly.evidence()).contains("table=Resistors (exact)", "Manufacturer=YAGEO (regex)");
    }

    @Test
    void symbolOnlyRuleReportsWhatItCannotKeep() {
        MappingInput noFootprint = part("Capacitors", "CAP", null, Map.of("Package / Case", "0603"));
        MappingDecision d = yaml().map(noFootprint, CONTEXT).orElseThrow();
        assertThat(d.symbol()).contains(KicadLibId.parse("Device:C_Small"));
        assertThat(d.footprints()).isEmpty();
        assertThat(d.problems()).containsExactly("Footprint Ref is blank");
    }

    @Test
    void noMatchPassesThePartOn() {
        assertThat(yaml().map(PARTS.get(2), CONTEXT)).isEmpty();
    }

    @Test
    void declaresTheNonReferenceColumnsItReads() {
        assertThat(yaml().attributeColumns()).containsExactlyInAnyOrder("Package / Case", "Manufacturer");
        assertThat(csv().attributeColumns()).containsExactlyInAnyOrder("Package / Case", "Manufacturer");
    }

    @Test
    void csvAndYamlGiveTheSameDecisions() {
        MappingTableRule yaml = yaml();
        MappingTableRule csv = csv();
        assertThat(csv.entries()).hasSameSizeAs(yaml.entries());
        for (MappingInput p : PARTS) {
            Optional<MappingDecision> fromYaml = yaml.map(p, CONTEXT);
            Optional<MappingDecision> fromCsv = csv.map(p, CONTEXT);
            assertThat(fromCsv.isPresent()).as(p.toString()).isEqualTo(fromYaml.isPresent());
            if (fromYaml.isPresent()) {
                MappingDecision y = fromYaml.get();
                MappingDecision c = fromCsv.get();
                assertThat(c.symbol()).as(p.toString()).isEqualTo(y.symbol());
                assertThat(c.footprints()).as(p.toString()).isEqualTo(y.footprints());
                assertThat(c.confidence()).as(p.toString()).isEqualTo(y.confidence());
                assertThat(c.problems()).as(p.toString()).isEqualTo(y.problems());
            }
        }
    }

    @Test
    void yamlKeepsScalarTextAsWritten() {
        MappingTableRule rule = MappingTableLoader.load(write(dir, "numbers.yaml", """
                rules:
                  - match: { "Package / Case": 0402, Voltage: 6.30, Flag: yes }
                    symbol: Device:C
                """), KicadNameCheck.acceptAll(), 0);
        assertThat(rule.map(part("Caps", "C", "C0402", Map.of("Package / Case", "0402", "Voltage", "6.30", "Flag", "yes")),
                CONTEXT)).isPresent();
    }

    @Test
    void validateColumnsAcceptsKnownColumnsCaseInsensitively() {
        yaml().validateColumns(Map.of(
                "Resistors", List.of("Part Number", "Library Ref", "manufacturer"),
                "Capacitors", List.of("Part Number", "Library Ref", "Package / Case")));
    }
}
