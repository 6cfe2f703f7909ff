package io.github.altium2kicad.core.mapping.user;

import static io.github.altium2kicad.core.mapping.user.MappingTableTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.mapping.KicadLibId;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every mistake in a mapping table is rejected at load time, naming the file, the line and the reason. */
class MappingTableLoaderTest {

    @TempDir
    Path dir;

    /** A KiCad index that knows a few names. */
    static final KicadNameCheck INDEX = new KicadNameCheck() {
        @Override
        public boolean symbolExists(KicadLibId id) {
            return Set.of("Device:R", "Device:C").contains(id.toString());
        }

        @Override
        public boolean footprintExists(KicadLibId id) {
            return Set.of("Resistor_SMD:R_0603_1608Metric").contains(id.toString());
        }
    };

    private MigrationException rejected(String fileName, String text) {
        Path file = write(dir, fileName, text);
        MigrationException e = catchThrowableOfType(MigrationException.class,
                () -> MappingTableLoader.load(file, INDEX, 0));
        assertThat(e).as("expected %s to be rejected", fileName).isNotNull();
        assertThat(e.kind()).isEqualTo(MigrationException.Kind.BAD_INPUT);
        assertThat(e.getMessage()).contains(file.toString());
        return e;
    }

    @Test
    void badYamlNamesTheLine() {
        MigrationException e = rejected("bad.yaml", """
                rules:
                  - match: { "Footprint Ref": "RESC1608X55N" }
                    symbol: Device:R
                  - match: { "Library Ref": [unclosed
                    symbol: Device:C
                """);
        assertThat(e.getMessage()).containsPattern("bad\\.yaml, line [4-6]: not valid YAML");
    }

    @Test
    void unknownKeysAreRejectedWithTheirLine() {
        MigrationException e = rejected("keys.yaml", """
                rules:
                  - match: { "Footprint Ref": "RESC1608X55N" }
                    symbol: Device:R
                    footprint: Resistor_SMD:R_0603_1608Metric
                mapping: []
                """);
        assertThat(e.getMessage())
                .contains("keys.yaml, line 4: unknown key 'footprint' (expected confidence, footprints, match, note, symbol, tables)")
                .contains("keys.yaml, line 5: unknown key 'mapping'");
    }

    @Test
    void badRegexGivesThePatternSyntaxError() {
        MigrationException e = rejected("regex.yaml", """
                rules:
                  - match:
                      "Package / Case": { regex: "^0402(" }
                    symbol: Device:C
                """);
        assertThat(e.getMessage()).contains("regex.yaml, line 3: bad regex for column 'Package / Case': Unclosed group");
    }

    @Test
    void unknownMatchTypeInYamlAndCsv() {
        assertThat(rejected("type.yaml", """
                rules:
                  - match: { "Library Ref": { globb: "CAP*" } }
                    symbol: Device:C
                """).getMessage()).contains("type.yaml, line 2: unknown match type 'globb' for column 'Library Ref' (expected exact, glob or regex)");
        assertThat(rejected("type.csv", """
                Library Ref,symbol
                CAP,Device:C
                gob:CAP*,Device:C
                """).getMessage()).contains("type.csv, line 3: unknown match type 'gob'");
    }

    @Test
    void kicadIdsMustBeLibraryColonName() {
        MigrationException e = rejected("ids.yaml", """
                rules:
                  - match: { "Library Ref": R }
                    symbol: DeviceR
                  - match: { "Library Ref": C }
                    symbol: Device:C
                    footprints:
                      - ":C_0402"
                """);
        assertThat(e.getMessage())
                .contains("ids.yaml has 2 mistakes")
                .contains("ids.yaml, line 3: KiCad symbol 'DeviceR' is not of the form Library:Name")
                .contains("ids.yaml, line 7: KiCad footprint ':C_0402' is not of the form Library:Name");
    }

    @Test
    void targetsMustBeInTheKicadIndex() {
        MigrationException e = rejected("index.csv", """
                Footprint Ref,symbol,footprints
                RESC1608X55N,Device:R,Resistor_SMD:R_0603_1608Metric
                RESC2012X70N,Device:R_Typo,Resistor_SMD:R_0805_Typo
                """);
        assertThat(e.getMessage())
                .contains("index.csv, line 3: KiCad symbol 'Device:R_Typo' is not in the KiCad libraries")
                .contains("index.csv, line 3: KiCad footprint 'Resistor_SMD:R_0805_Typo' is not in the KiCad libraries")
                .doesNotContain("line 2");
    }

    @Test
    void unknownColumnIsRejectedWhenTheTablesAreKnown() {
        MappingTableRule rule = MappingTableLoader.load(write(dir, "columns.yaml", """
                rules:
                  - match: { "Footprint Ref": RESC1608X55N, "Case Code": "0603" }
                    symbol: Device:R
                  - match: { Tolerance: "1%" }
                    tables: [Resistors]
                    symbol: Device:R
                  - match: { Voltage: "50V" }
                    tables: [Resistors]
                    symbol: Device:C
                """), INDEX, 0);
        MigrationException e = catchThrowableOfType(MigrationException.class, () -> rule.validateColumns(Map.of(
                "Resistors", List.of("Part Number", "Footprint Ref", "Tolerance"),
                "Capacitors", List.of("Part Number", "Voltage"))));
        assertThat(e.kind()).isEqualTo(MigrationException.Kind.BAD_INPUT);
        assertThat(e.getMessage())
                .contains("columns.yaml, line 2: unknown column 'Case Code': no enabled table has it")
                .contains("columns.yaml, line 7: unknown column 'Voltage': no enabled table of 'Resistors' has it")
                .doesNotContain("Tolerance");
    }

    @Test
    void csvSyntaxMistakes() {
        assertThat(rejected("quote.csv", """
                Library Ref,symbol
                R,Device:R
                "unclosed,Device:R
                """).getMessage()).contains("quote.csv, line 3: not valid CSV");
        assertThat(rejected("cells.csv", """
                Library Ref,symbol
                R,Device:R,extra
                """).getMessage()).contains("cells.csv, line 2: the row has 3 cells but the header only 2");
        assertThat(rejected("header.csv", """
                Library Ref,Footprint Ref
                R,RESC
                """).getMessage()).contains("header.csv, line 1: the header has neither a 'symbol' nor a 'footprints' column");
    }

    @Test
    void csvLineNumbersCountLinesInsideQuotedValues() {
        assertThat(rejected("multiline.csv", """
                Library Ref,symbol,note
                R,Device:R,"a note
                on two lines"
                C,Device:Nope,
                """).getMessage()).contains("multiline.csv, line 4: KiCad symbol 'Device:Nope'");
    }

    @Test
    void ruleContentMistakes() {
        MigrationException e = rejected("content.yaml", """
                rules:
                  - match: { "Library Ref": R }
                  - match: { "Library Ref": C }
                    symbol: Device:C
                    confidence: 1.5
                  - symbol: Device:R
                  - match: { "Library Ref": { exact: R, glob: "R*" } }
                    symbol: Device:R
                """);
        assertThat(e.getMessage())
                .contains("content.yaml, line 2: the rule gives neither a symbol nor footprints")
                .contains("content.yaml, line 5: confidence must be between 0 and 1, got '1.5'")
                .contains("content.yaml, line 6: the rule has no match conditions and no tables")
                .contains("content.yaml, line 7: column 'Library Ref' needs a value or exactly one of");
    }

    @Test
    void emptyMissingAndWrongTypeFiles() {
        assertThat(rejected("empty.yaml", "").getMessage()).contains("empty.yaml, line 1: the file is empty");
        assertThat(rejected("list.yaml", "- a\n- b\n").getMessage()).contains("list.yaml, line 1: expected a mapping");
        MigrationException missing = catchThrowableOfType(MigrationException.class,
                () -> MappingTableLoader.load(dir.resolve("nope.yaml"), INDEX, 0));
        assertThat(missing.getMessage()).contains("nope.yaml does not exist");
        MigrationException type = catchThrowableOfType(MigrationException.class,
                () -> MappingTableLoader.load(write(dir, "rules.txt", "x"), INDEX, 0));
        assertThat(type.getMessage()).contains("rules.txt: unknown file type");
    }

    @Test
    void loadAllKeepsTheUsersOrderAsPriority() {
        Path first = write(dir, "z-first.yaml", "rules:\n  - match: { \"Library Ref\": R }\n    symbol: Device:R\n");
        Path second = write(dir, "a-second.csv", "Library Ref,symbol\nR,Device:C\n");
        List<MappingTableRule> rules = MappingTableLoader.loadAll(List.of(first, second), INDEX);
        assertThat(rules).extracting(MappingTableRule::name).containsExactly("user-table:z-first.yaml", "user-table:a-second.csv");
        assertThat(rules.get(0).priority()).isLessThan(rules.get(1).priority());
    }

    @Test
    void validFilesLoadWithTheIndex() {
        MappingTableRule rule = MappingTableLoader.load(write(dir, "ok.csv", """
                \uFEFFFootprint Ref,symbol,footprints,confidence
                "RESC1608X55N",Device:R,Resistor_SMD:R_0603_1608Metric,0.95
                """), INDEX, 0);
        assertThat(rule.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.line()).isEqualTo(2);
            assertThat(entry.confidence()).isEqualTo(0.95);
            assertThat(entry.conditions()).singleElement().hasToString("Footprint Ref exact 'RESC1608X55N'");
        });
    }
}
