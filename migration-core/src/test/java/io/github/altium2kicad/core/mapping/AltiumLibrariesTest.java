package io.github.altium2kicad.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.core.dblib.DbLibParser;
import io.github.altium2kicad.testkit.TableLibraryGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AltiumLibrariesTest {

    @TempDir
    Path dir;
    LibraryDescriptor library;

    @BeforeEach
    void dbLib() throws Exception {
        // the connection string says the DbLib lived in C:\Altium\Library\ on the machine that wrote it
        library = new DbLibParser().parse(TableLibraryGenerator.standard().writeTo(dir).dbLib());
    }

    @Test
    void findsFilesAsWrittenRelativeCaseInsensitivelyAndBelowTheOriginalWindowsFolder() throws Exception {
        Files.createDirectories(dir.resolve("Symbols"));
        Path file = Files.writeString(dir.resolve("Symbols/Passives.SchLib"), "x");
        AltiumFileLocator locator = new AltiumFileLocator(library);
        for (String spelling : List.of("Symbols\\Passives.SchLib", "symbols\\PASSIVES.schlib", "Symbols/Passives.SchLib",
                "C:\\Altium\\Library\\Symbols\\Passives.SchLib", "D:\\Elsewhere\\Symbols\\Passives.SchLib",
                file.toString())) {
            AltiumFileLocator.Location location = locator.locate(spelling);
            assertThat(location.found()).as(spelling).isTrue();
            assertThat(location.file()).as(spelling).isEqualTo(file);
        }
    }

    @Test
    void missingFilesListWhereTheyWereLookedFor() {
        AltiumFileLocator.Location location = new AltiumFileLocator(library).locate("Footprints\\Missing.PcbLib");
        assertThat(location.found()).isFalse();
        assertThat(location.file()).isEqualTo(dir.resolve("Footprints/Missing.PcbLib"));
        assertThat(location.tried()).contains(dir.resolve("Footprints/Missing.PcbLib"), dir.resolve("Missing.PcbLib"));
    }

    @Test
    void nicknamesAreLegalUniqueAndTheSameForEverySpellingOfOneFile() throws Exception {
        Files.createDirectories(dir.resolve("Symbols"));
        Files.createDirectories(dir.resolve("Other"));
        Files.writeString(dir.resolve("Symbols/Passive Parts.SchLib"), "x");
        Files.writeString(dir.resolve("Other/Passive Parts.SchLib"), "x");
        AltiumLibraries catalog = AltiumLibraries.build(List.of("Symbols\\Passive Parts.SchLib",
                "C:\\Altium\\Library\\Symbols\\passive parts.schlib", "Other\\Passive Parts.SchLib", "Missing\\Odd:Name (v2).SchLib"),
                List.of(), new AltiumFileLocator(library));
        assertThat(catalog.symbolLibraryNickname("Symbols\\Passive Parts.SchLib")).contains("Passive_Parts_2");
        assertThat(catalog.symbolLibraryNickname("C:\\Altium\\Library\\Symbols\\passive parts.schlib")).contains("Passive_Parts_2");
        assertThat(catalog.symbolLibraryNickname("Other\\Passive Parts.SchLib")).contains("Passive_Parts");
        assertThat(catalog.symbolLibraryNickname("Missing\\Odd:Name (v2).SchLib")).contains("Odd_Name_v2");
        assertThat(catalog.symbolLibraries()).hasSize(3);
        assertThat(catalog.symbolLibraries()).allSatisfy(l -> assertThat(l.nickname()).matches("[\\p{L}\\p{N}_.+-]+"));
        // the same files always give the same nicknames, whatever order they come in
        AltiumLibraries again = AltiumLibraries.build(List.of("Other\\Passive Parts.SchLib", "Missing\\Odd:Name (v2).SchLib",
                "Symbols\\Passive Parts.SchLib"), List.of(), new AltiumFileLocator(library));
        for (String path : List.of("Other\\Passive Parts.SchLib", "Missing\\Odd:Name (v2).SchLib", "Symbols\\Passive Parts.SchLib")) {
            assertThat(again.symbolLibraryNickname(path)).isEqualTo(catalog.symbolLibraryNickname(path));
        }
    }
}
