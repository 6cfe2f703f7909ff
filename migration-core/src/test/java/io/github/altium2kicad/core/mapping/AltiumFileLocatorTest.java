package io.github.altium2kicad.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.core.dblib.DbLibParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The locator's search folders, as a company's DbLib names them ({@code LibrarySearchPath=Symbols;Footprints},
 * {@code SearchSubDirectories=1}): files in sub-folders, names in another case, the same name twice, and folders it
 * has already listed.
 */
class AltiumFileLocatorTest {

    @TempDir
    Path dir;
    LibraryDescriptor library;

    @BeforeEach
    void dbLib() throws Exception {
        Files.createDirectories(dir.resolve("Symbols/Passives"));
        Files.createDirectories(dir.resolve("Symbols/ICs/Legacy"));
        Files.createDirectories(dir.resolve("Footprints/Chip"));
        Path dbLib = Files.writeString(dir.resolve("ACME.DbLib"), String.join("\r\n",
                "[OutputDatabaseLinkFile]", "Version=1.1", "[DatabaseLinks]",
                "ConnectionString=Provider=MSDASQL.1;Extended Properties=\"Driver={SQLite3 ODBC Driver};Database=G:\\Libraries\\ACME\\ACME.sqlite;\"",
                "LibraryDatabasePath=ACME.sqlite", "DatabasePathRelative=1", "LibrarySearchPath=symbols;FOOTPRINTS",
                "SearchSubDirectories=1", "[Table1]", "TableName=Resistors", "Enabled=True", ""));
        library = new DbLibParser().parse(dbLib);
    }

    @Test
    void findsFilesInSubFoldersOfTheSearchPathsIgnoringCaseAndTheFirstOfTwoInPathOrder() throws Exception {
        Path resistor = Files.writeString(dir.resolve("Symbols/Passives/RES_V20.SchLib"), "x");
        Path opAmp = Files.writeString(dir.resolve("Symbols/ICs/Legacy/OPAMP.SchLib"), "x");
        Files.writeString(dir.resolve("Symbols/Passives/OPAMP.SchLib"), "x"); // the same name again, later in path order
        Path chip = Files.writeString(dir.resolve("Footprints/Chip/RES 0603_1608.PcbLib"), "x");
        AltiumFileLocator locator = new AltiumFileLocator(library);

        assertThat(locator.locate("Symbols\\RES_V20.SchLib").file()).isEqualTo(resistor); // not where written: searched
        assertThat(locator.locate("res_v20.SCHLIB").file()).isEqualTo(resistor);
        assertThat(locator.locate("G:\\Old Server\\Libs\\OpAmp.SchLib").file()).isEqualTo(opAmp);
        assertThat(locator.locate("Footprints\\res 0603_1608.pcblib").file()).isEqualTo(chip);
        assertThat(locator.locate("Footprints\\Chip\\RES 0603_1608.PcbLib").found()).isTrue();

        AltiumFileLocator.Location missing = locator.locate("Footprints\\RES 0805_2012.PcbLib");
        assertThat(missing.found()).isFalse();
        assertThat(missing.tried()).contains(dir.resolve("Footprints/RES 0805_2012.PcbLib"), dir.resolve("RES 0805_2012.PcbLib"));
    }

    @Test
    void anExactNameWinsOverOtherSpellingsOfIt() throws Exception {
        Path upper = Files.writeString(dir.resolve("Symbols/Passives/CAP.SchLib"), "x");
        Path lower = Files.writeString(dir.resolve("Symbols/Passives/cap.SchLib"), "x");
        AltiumFileLocator locator = new AltiumFileLocator(library);
        assertThat(locator.locate("Symbols\\Passives\\cap.SchLib").file()).isEqualTo(lower);
        assertThat(locator.locate("Symbols\\Passives\\CAP.SchLib").file()).isEqualTo(upper);
        assertThat(locator.locate("Symbols\\Passives\\Cap.SchLib").file()).as("neither: the first in path order").isEqualTo(upper);
    }
}
