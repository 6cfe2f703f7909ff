package io.github.altium2kicad.core.altium;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.api.dblib.ConnectionString;
import io.github.altium2kicad.api.dblib.DatabaseLinks;
import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.mapping.AltiumFootprint;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.core.altium.AltiumReferenceFinding.Kind;
import io.github.altium2kicad.core.mapping.AltiumFileLocator;
import io.github.altium2kicad.core.mapping.AltiumLibraries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parts checked against real library files located the way the migration locates them. */
class AltiumReferenceValidatorTest {

    @TempDir
    Path dir;

    AltiumReferenceValidator validator;

    @BeforeEach
    void libraries() throws IOException {
        Files.createDirectories(dir.resolve("Symbols"));
        Files.createDirectories(dir.resolve("Footprints"));
        AltiumLibraryContentsTest.schLib(dir.resolve("Symbols/Passives.SchLib"));
        AltiumLibraryContentsTest.pcbLib(dir.resolve("Footprints/Chip.PcbLib"));
        Files.writeString(dir.resolve("Footprints/Broken.PcbLib"), "not a compound file");
        new AltiumCompoundFiles().stream("SchLib/0", new byte[] {0}).write(dir.resolve("Symbols/Vendor.IntLib"));
        LibraryDescriptor library = new LibraryDescriptor(dir.resolve("Parts.DbLib"), "1.1",
                new DatabaseLinks(ConnectionString.parse("Provider=MSDASQL.1"), "[", "]", true, false, "", "", "",
                        false, List.of(), false, Map.of()), List.of(), List.of());
        AltiumLibraries catalog = AltiumLibraries.build(
                List.of("Symbols\\Passives.SchLib", "C:\\Altium\\Missing.SchLib", "Symbols\\Vendor.IntLib"),
                List.of("Footprints\\Chip.PcbLib", "Footprints\\Broken.PcbLib"), new AltiumFileLocator(library));
        validator = new AltiumReferenceValidator(catalog);
    }

    private static MappingInput part(String ref, String path, AltiumFootprint... footprints) {
        return new MappingInput("Parts", ref, path, List.of(footprints), Map.of());
    }

    @Test
    void referencesThatExistGiveNoFinding() {
        assertThat(validator.validate(part("RES", "Symbols\\Passives.SchLib",
                new AltiumFootprint("RESC1608X55N", "Footprints\\Chip.PcbLib"),
                new AltiumFootprint(AltiumLibraryContentsTest.LONG_FP, "footprints/chip.pcblib")))).isEmpty();
    }

    @Test
    void aLongSymbolNameIsWrittenAsItsStorageNameAndReportedAsChangedNotAsAProblem() {
        assertThat(validator.validate(part(AltiumLibraryContentsTest.LONG, "symbols\\PASSIVES.SchLib")))
                .singleElement().satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(Kind.NAME_CHANGED);
                    assertThat(f.writtenAs()).isEqualTo(AltiumLibraryContentsTest.LONG.substring(0, 31)).hasSize(31);
                    assertThat(f.isProblem()).isFalse();
                    assertThat(f.message()).contains("at most 31 characters");
                });
    }

    @Test
    void missingSymbolAndFootprint() {
        List<AltiumReferenceFinding> findings = validator.validate(part("CAP", "Symbols\\Passives.SchLib",
                new AltiumFootprint("RESC1608X55N", "Footprints\\Chip.PcbLib"),
                new AltiumFootprint("RESC2012X70N", "Footprints\\Chip.PcbLib")));
        assertThat(findings).extracting(AltiumReferenceFinding::kind, AltiumReferenceFinding::reference, AltiumReferenceFinding::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.MISSING_SYMBOL, "symbol", "CAP"),
                        org.assertj.core.groups.Tuple.tuple(Kind.MISSING_FOOTPRINT, "footprint 2", "RESC2012X70N"));
        assertThat(findings.get(0).message()).contains("symbol 'CAP' is not in").contains("Passives.SchLib");
        assertThat(findings).allMatch(AltiumReferenceFinding::isProblem);
    }

    @Test
    void letterCaseDifferenceIsNoProblemTheFilesSpellingIsWritten() {
        assertThat(validator.validate(part("res", "Symbols\\Passives.SchLib",
                new AltiumFootprint("resc1608x55n", "Footprints\\Chip.PcbLib"))))
                .allSatisfy(f -> {
                    assertThat(f.kind()).isEqualTo(Kind.NAME_CHANGED);
                    assertThat(f.isProblem()).isFalse();
                    assertThat(f.message()).contains("letter case").doesNotContain("exactly");
                })
                .extracting(AltiumReferenceFinding::writtenAs).containsExactly("RES", "RESC1608X55N");
    }

    @Test
    void missingFileNamesWhereItLooked() {
        assertThat(validator.validate(part("RES", "C:\\Altium\\Missing.SchLib"))).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.MISSING_FILE);
            assertThat(f.message()).contains("was not found (looked in");
        });
        assertThat(validator.validate(part("RES", "Uncatalogued.SchLib"))).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(Kind.MISSING_FILE));
    }

    @Test
    void corruptFileIsAFindingNotACrash() {
        assertThat(validator.validate(part(null, null, new AltiumFootprint("X", "Footprints\\Broken.PcbLib"))))
                .singleElement().satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(Kind.UNREADABLE_FILE);
                    assertThat(f.reference()).isEqualTo("footprint 1");
                });
    }

    @Test
    void intLibIsReportedAsUnverifiable() {
        assertThat(validator.validate(part("RES", "Symbols\\Vendor.IntLib"))).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.UNVERIFIABLE);
            assertThat(f.isProblem()).isFalse();
            assertThat(f.message()).contains("cannot verify names inside an IntLib");
        });
    }

    @Test
    void blankReferencesAreLeftToTheMappingRules() {
        assertThat(validator.validate(part("", "Symbols\\Passives.SchLib", new AltiumFootprint("RESC1608X55N", "")))).isEmpty();
    }

    @Test
    void eachFileIsReadOnce() {
        AltiumLibraryContents first = validator.contents(dir.resolve("Symbols/Passives.SchLib"));
        assertThat(validator.contents(dir.resolve("Symbols/../Symbols/Passives.SchLib"))).isSameAs(first);
    }
}
