package io.github.altium2kicad.core.mapping.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.mapping.AltiumFootprint;
import io.github.altium2kicad.api.mapping.AltiumLibraryCatalog;
import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.api.mapping.MappingContext;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.core.dblib.DbLibParser;
import io.github.altium2kicad.core.mapping.AltiumFileLocator;
import io.github.altium2kicad.core.mapping.AltiumLibraries;
import io.github.altium2kicad.testkit.TableLibraryGenerator;
import io.github.altium2kicad.testkit.altium.FixtureFootprint;
import io.github.altium2kicad.testkit.altium.LandPattern;
import io.github.altium2kicad.testkit.altium.PcbLibComposer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pads of the Altium footprint as evidence, read from a real binary {@code .PcbLib} (the test kit's composer redraws
 * the pads of an Altium-saved chip footprint to each land pattern): agreement with the KiCad footprint's pads confirms a
 * reading nothing else confirms, disagreement vetoes the mapping with a reason.
 */
class PadGeometryEvidenceTest {

    private static final String FILE = "Geometry.PcbLib";

    @TempDir
    Path dir;
    MappingContext context;
    final StandardLibraryRule rule = new StandardLibraryRule();

    @BeforeEach
    void library() throws Exception {
        Path dbLib = TableLibraryGenerator.standard().writeTo(dir).dbLib();
        new PcbLibComposer()
                .add("R0603", "", FixtureFootprint.CHIP_2_PADS, LandPattern.chip("1608"))
                .add("R0805", "pads of a 1206", FixtureFootprint.CHIP_2_PADS, LandPattern.chip("3216"))
                .add("C0603", "metric-named: a 0201", FixtureFootprint.CHIP_2_PADS, LandPattern.chip("0603"))
                .add("ACME-CHIP-17", "a house name nobody can read", FixtureFootprint.CHIP_2_PADS, LandPattern.chip("1608"))
                .add("ACME-CHIP-18", "a house name nobody can read", FixtureFootprint.CHIP_2_PADS, LandPattern.chip("2012"))
                .add("TANT-B", "", FixtureFootprint.CHIP_2_PADS, LandPattern.molded("3528"))
                .write(dir.resolve(FILE));
        AltiumLibraries catalog = AltiumLibraries.build(List.of(), List.of(FILE),
                new AltiumFileLocator(new DbLibParser().parse(dbLib)));
        context = context(catalog);
    }

    @Test
    void padsThatAgreeConfirmABareChipSize() {
        MappingDecision d = rule.map(part("Resistors", "RES", "R0603", "Description", "RES 10K 1% 1/10W"), context).orElseThrow();
        assertThat(d.footprints()).containsExactly(KicadLibId.parse("Resistor_SMD:R_0603_1608Metric"));
        assertThat(d.confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(d.evidence()).anySatisfy(e -> assertThat(e).contains("the pads of the Altium footprint R0603",
                "agree with Resistor_SMD:R_0603_1608Metric", "strong evidence"));
        // the same part without the .PcbLib: nothing confirms the bare 0603 as imperial
        MappingDecision blind = rule.map(part("Resistors", "RES", "R0603", "Description", "RES 10K 1% 1/10W"),
                context(AltiumLibraries.empty())).orElseThrow();
        assertThat(blind.confidence()).isLessThan(0.9);
    }

    @Test
    void padsThatDisagreeVetoTheMappingWithAReason() {
        MappingInput part = part("Resistors", "RES", "R0805", "Package / Case", "0805 (2012 Metric)",
                "Description", "RES 10K 1% 0805");
        MappingDecision d = rule.map(part, context).orElseThrow();
        assertThat(d.symbol()).isEmpty();
        assertThat(d.footprints()).isEmpty();
        assertThat(d.confidence()).isLessThan(0.9);
        assertThat(d.problems()).singleElement().asString()
                .contains("the pads of the Altium footprint R0805", "are not those of Resistor_SMD:R_0805_2012Metric", "pitch");
        assertThat(rule.evaluate(part, context).reason()).isEqualTo("Altium footprint's pads differ from the KiCad footprint's");
    }

    @Test
    void padsDecideWhetherABareSizeIsMetricWhenThePackageTextSaysSo() {
        MappingInput part = part("Capacitors - Metric House", "CAP", "C0603", "Package / Case", "0201 (0603 Metric)",
                "Description", "CAP CER 100PF 25V C0G 0201");
        MappingDecision d = rule.map(part, context).orElseThrow();
        assertThat(d.symbol()).contains(KicadLibId.parse("Device:C"));
        assertThat(d.footprints()).containsExactly(KicadLibId.parse("Capacitor_SMD:C_0201_0603Metric"));
        assertThat(d.confidence()).isGreaterThanOrEqualTo(0.9);
        StandardLibraryRule.Verdict blind = rule.evaluate(part, context(AltiumLibraries.empty()));
        assertThat(blind.decision().orElseThrow().confidence()).isLessThan(0.9);
        assertThat(blind.reason()).isEqualTo("bare chip size metric by the package text, imperial by convention; no pad geometry decides");
    }

    @Test
    void padsConfirmAPackageTextWhenTheFootprintNameIsInNoKnownStyle() {
        MappingDecision agrees = rule.map(part("Capacitors", "CAP", "ACME-CHIP-17", "Package / Case", "0603 (1608 Metric)",
                "Description", "CAP CER 10NF 50V X7R 0603"), context).orElseThrow();
        assertThat(agrees.footprints()).containsExactly(KicadLibId.parse("Capacitor_SMD:C_0603_1608Metric"));
        assertThat(agrees.confidence()).isGreaterThanOrEqualTo(0.9);
        MappingDecision differs = rule.map(part("Capacitors", "CAP", "ACME-CHIP-18", "Package / Case", "0603 (1608 Metric)",
                "Description", "CAP CER 10NF 50V X7R 0603"), context).orElseThrow();
        assertThat(differs.footprints()).isEmpty();
        assertThat(differs.problems()).singleElement().asString().contains("pad width");
    }

    @Test
    void aTantalumCaseIsComparedToo() {
        MappingDecision d = rule.map(part("Tantalum", "CAP POL", "TANT-B", "Package / Case", "1411 (3528 Metric)",
                "Description", "CAP TANT 10UF 16V 1411"), context).orElseThrow();
        assertThat(d.evidence()).anySatisfy(e -> assertThat(e).contains("the pads of the Altium footprint TANT-B",
                "strong evidence"));
    }

    @Test
    void decidesEachFootprintOnceForAllItsParts() {
        StandardLibraryRule fresh = new StandardLibraryRule();
        for (int i = 0; i < 50; i++) {
            fresh.map(part("Resistors", "RES", "R0603", "Description", "RES " + i + "K 1% 1/10W 0603"), context);
            fresh.map(part("Capacitors", "CAP", "ACME-CHIP-17", "Package / Case", "0603 (1608 Metric)",
                    "Description", "CAP CER " + i + "NF 50V X7R 0603"), context);
        }
        assertThat(fresh.footprintDecisionCounts().footprints()).isEqualTo(2);
        assertThat(fresh.footprintDecisionCounts().decisions()).isEqualTo(2);
    }

    private static MappingInput part(String table, String libraryRef, String footprint, String... attributes) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            map.put(attributes[i], attributes[i + 1]);
        }
        return new MappingInput(table, libraryRef, "Parts.SchLib", List.of(new AltiumFootprint(footprint, FILE)), map);
    }

    private static MappingContext context(AltiumLibraryCatalog catalog) {
        return new MappingContext() {
            @Override
            public MigrationConfig config() {
                return MigrationConfig.builder().build();
            }

            @Override
            public AltiumLibraryCatalog altiumLibraries() {
                return catalog;
            }
        };
    }
}
