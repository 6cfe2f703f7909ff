package io.github.altium2kicad.core.altium;

import static io.github.altium2kicad.core.altium.AltiumCompoundFiles.concat;
import static io.github.altium2kicad.core.altium.AltiumCompoundFiles.int32;
import static io.github.altium2kicad.core.altium.AltiumCompoundFiles.pascalString;
import static io.github.altium2kicad.core.altium.AltiumCompoundFiles.properties;
import static io.github.altium2kicad.core.altium.AltiumCompoundFiles.storage;
import static io.github.altium2kicad.core.altium.AltiumCompoundFiles.stringBlock;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.core.altium.AltiumLibraryContents.Lookup;
import io.github.altium2kicad.core.altium.AltiumLibraryContents.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names read from real compound files laid out like Altium's SchLib and PcbLib. */
class AltiumLibraryContentsTest {

    static final String LONG = "A_Very_Long_Symbol_Name_Longer_Than_31_Chars";
    static final String LONG_FP = "SOIC127P600X175-8N/Long Footprint Name";

    @TempDir
    Path dir;

    /** A SchLib as Altium writes it: FileHeader with LibRefN, one storage per symbol holding a Data stream. */
    static Path schLib(Path file) {
        return new AltiumCompoundFiles()
                .stream("FileHeader", properties("|HEADER=Protel for Windows - Schematic Library Editor Binary File Version 5.0"
                        + "|Weight=42|CompCount=2|LibRef0=RES|CompDescr0=Resistor|PartCount0=2|LibRef1=" + LONG + "|"))
                .stream("Storage", properties("|HEADER=Icon storage|WEIGHT=0"))
                .stream(storage("RES") + "/Data", concat(properties("|RECORD=1|LibReference=RES|PartCount=2"),
                        properties("|RECORD=2|OwnerIndex=0")))
                .stream(storage(LONG) + "/Data", properties("|RECORD=1|LibReference=" + LONG + "|PartCount=1"))
                .write(file);
    }

    /** A PcbLib: Library/Data name list, one storage per footprint with Parameters, a SectionKeys stream. */
    static Path pcbLib(Path file) {
        return new AltiumCompoundFiles()
                .stream("FileHeader", stringBlock("PCB 6.0 Binary Library File"))
                .stream("Library/Header", int32(1))
                .stream("Library/Data", concat(properties("|DISPLAYUNIT=1|"), int32(2),
                        stringBlock("RESC1608X55N"), stringBlock(LONG_FP)))
                .stream("SectionKeys", concat(int32(1), pascalString(LONG_FP), stringBlock(storage(LONG_FP))))
                .stream("RESC1608X55N/Header", int32(12))
                .stream("RESC1608X55N/Data", stringBlock("RESC1608X55N"))
                .stream("RESC1608X55N/Parameters", properties("|PATTERN=RESC1608X55N|HEIGHT=55mil|DESCRIPTION=Chip resistor"))
                .stream(storage(LONG_FP) + "/Data", stringBlock(LONG_FP))
                .stream(storage(LONG_FP) + "/Parameters", properties("|PATTERN=" + LONG_FP + "|%UTF8%PATTERN=" + LONG_FP))
                .write(file);
    }

    @Test
    void schLibNamesComeFromTheFileHeaderAndComponentRecords() {
        AltiumLibraryContents c = AltiumLibraryContents.read(schLib(dir.resolve("Passives.SchLib")));
        assertThat(c.status()).isEqualTo(Status.READ);
        assertThat(c.names()).containsExactlyInAnyOrder("RES", LONG);
        assertThat(c.find("RES")).isEqualTo(Lookup.FOUND);
        assertThat(c.find(LONG)).isEqualTo(Lookup.FOUND);
        assertThat(c.find(" RES ")).isEqualTo(Lookup.FOUND);
        assertThat(c.find("res")).isEqualTo(Lookup.FOUND_DIFFERENT_CASE);
        assertThat(c.find("CAP")).isEqualTo(Lookup.MISSING);
        // a name that shares the first 31 characters of a listed one is not taken for it
        assertThat(c.find(LONG.substring(0, 31) + "_other")).isEqualTo(Lookup.MISSING);
    }

    @Test
    void schLibWithOnlyComponentRecordsOrSectionKeys() {
        AltiumLibraryContents records = AltiumLibraryContents.read(new AltiumCompoundFiles()
                .stream("FileHeader", properties("|HEADER=Protel for Windows - Schematic Library Editor Binary File Version 5.0|"))
                .stream(storage(LONG) + "/Data", properties("|RECORD=1|%UTF8%LibReference=" + LONG + "|"))
                .write(dir.resolve("records.SchLib")));
        assertThat(records.names()).containsExactly(LONG);

        AltiumLibraryContents keys = AltiumLibraryContents.read(new AltiumCompoundFiles()
                .stream("SectionKeys", properties("|KeyCount=1|LibRef0=" + LONG + "|SectionKey0=" + storage(LONG) + "|"))
                .stream(storage(LONG) + "/Data", int32(0))
                .write(dir.resolve("keys.SchLib")));
        assertThat(keys.find(LONG)).isEqualTo(Lookup.FOUND);
    }

    @Test
    void schLibWithoutNameListsFallsBackToStorageNames() {
        AltiumLibraryContents c = AltiumLibraryContents.read(new AltiumCompoundFiles()
                .stream("RES/Data", int32(0))
                .stream(storage(LONG) + "/Data", int32(0))
                .write(dir.resolve("bare.SchLib")));
        assertThat(c.names()).isEmpty();
        assertThat(c.find("RES")).isEqualTo(Lookup.FOUND_AS_STORAGE);
        assertThat(c.find(LONG)).isEqualTo(Lookup.FOUND_AS_STORAGE);
        assertThat(c.find("CAP")).isEqualTo(Lookup.MISSING);
    }

    @Test
    void schLibBinaryNameListAfterTheFileHeader() {
        AltiumLibraryContents c = AltiumLibraryContents.read(new AltiumCompoundFiles()
                .stream("FileHeader", concat(properties("|HEADER=Protel for Windows - Schematic Library Editor Binary File Version 5.0|CompCount=1|"),
                        int32(1), stringBlock("OPAMP")))
                .write(dir.resolve("list.SchLib")));
        assertThat(c.names()).containsExactly("OPAMP");
    }

    @Test
    void pcbLibNamesComeFromLibraryDataParametersAndSectionKeys() {
        AltiumLibraryContents c = AltiumLibraryContents.read(pcbLib(dir.resolve("Chip.PcbLib")));
        assertThat(c.status()).isEqualTo(Status.READ);
        assertThat(c.names()).containsExactlyInAnyOrder("RESC1608X55N", LONG_FP);
        assertThat(c.find(LONG_FP)).isEqualTo(Lookup.FOUND);
        assertThat(c.find("RESC2012X70N")).isEqualTo(Lookup.MISSING);
    }

    @Test
    void pcbLibSectionKeysUnderLibraryAlone() {
        AltiumLibraryContents c = AltiumLibraryContents.read(new AltiumCompoundFiles()
                .stream("Library/SectionKeys", concat(int32(1), pascalString(LONG_FP), stringBlock(storage(LONG_FP))))
                .stream(storage(LONG_FP) + "/Data", stringBlock(LONG_FP))
                .write(dir.resolve("keys.PcbLib")));
        assertThat(c.find(LONG_FP)).isEqualTo(Lookup.FOUND);
    }

    @Test
    void corruptAndMissingFilesAreReportedNotThrown() throws IOException {
        Path text = Files.writeString(dir.resolve("broken.SchLib"), "this is not an OLE compound file");
        AltiumLibraryContents c = AltiumLibraryContents.read(text);
        assertThat(c.status()).isEqualTo(Status.UNREADABLE);
        assertThat(c.reason()).startsWith("not a readable Altium library");
        assertThat(c.find("RES")).isEqualTo(Lookup.NOT_CHECKED);

        Path truncated = dir.resolve("truncated.PcbLib");
        byte[] whole = Files.readAllBytes(pcbLib(dir.resolve("whole.PcbLib")));
        Files.write(truncated, java.util.Arrays.copyOf(whole, 700));
        assertThat(AltiumLibraryContents.read(truncated).status()).isEqualTo(Status.UNREADABLE);

        assertThat(AltiumLibraryContents.read(dir.resolve("absent.SchLib")).status()).isEqualTo(Status.UNREADABLE);
    }

    @Test
    void damagedRecordInsideAValidCompoundFileIsUnreadable() {
        AltiumLibraryContents c = AltiumLibraryContents.read(new AltiumCompoundFiles()
                .stream("Library/Data", concat(properties("|X=1|"), int32(3), stringBlock("A"), int32(999)))
                .write(dir.resolve("damaged.PcbLib")));
        assertThat(c.status()).isEqualTo(Status.UNREADABLE);
        assertThat(c.reason()).contains("runs past the end");
    }

    @Test
    void intLibIsUnverifiable() {
        AltiumLibraryContents c = AltiumLibraryContents.read(new AltiumCompoundFiles()
                .stream("PCBLib/0", new byte[] {2, 1, 2, 3})
                .write(dir.resolve("Vendor.IntLib")));
        assertThat(c.status()).isEqualTo(Status.UNVERIFIABLE);
        assertThat(c.reason()).contains("cannot verify names inside an IntLib");
        assertThat(c.find("anything")).isEqualTo(Lookup.NOT_CHECKED);
    }
    /**
     * Footprint names the file's ANSI code page holds only as garbage: Altium writes them as UTF-16 code units in
     * {@code UNICODE__PATTERN} beside {@code UNICODE=EXISTS}, which KiCad 9 lists (pinned with kicad-cli in the
     * testkit's ComposerKicadTest); a GBK library composed from real Altium storages.
     */
    @Test
    void nonAsciiFootprintNamesAreReadFromTheirUnicodeSpelling() throws IOException {
        Path file = new io.github.altium2kicad.testkit.altium.PcbLibComposer(java.nio.charset.Charset.forName("GBK"))
                .add("贴片电阻 0603_1608", "", io.github.altium2kicad.testkit.altium.FixtureFootprint.CHIP_2_PADS)
                .add("ЧИП 0805", "", io.github.altium2kicad.testkit.altium.FixtureFootprint.CHIP_2_PADS)
                .write(dir.resolve("中文封装库.PcbLib")).file();
        AltiumLibraryContents c = AltiumLibraryContents.read(file);
        assertThat(c.status()).isEqualTo(Status.READ);
        assertThat(c.find("贴片电阻 0603_1608")).isEqualTo(Lookup.FOUND);
        assertThat(c.kicadName("贴片电阻 0603_1608")).contains("贴片电阻 0603_1608");
        assertThat(c.find("чип 0805")).isEqualTo(Lookup.FOUND_DIFFERENT_CASE); // KiCad finds it all the same
        assertThat(c.kicadName("чип 0805")).contains("ЧИП 0805");
    }

    @Test
    void unicodePropertyNeedsTheExistsMarkerAndWholeCodeUnits() {
        assertThat(AltiumLibraryContents.unicodeProperty(java.util.Map.of("UNICODE", "EXISTS",
                "UNICODE__PATTERN", "36148,29255"), "PATTERN")).isEqualTo("贴片");
        assertThat(AltiumLibraryContents.unicodeProperty(java.util.Map.of("UNICODE__PATTERN", "36148"), "PATTERN")).isNull();
        assertThat(AltiumLibraryContents.unicodeProperty(java.util.Map.of("UNICODE", "EXISTS",
                "UNICODE__PATTERN", "36148,x"), "PATTERN")).isNull();
        assertThat(AltiumLibraryContents.unicodeProperty(java.util.Map.of("UNICODE", "EXISTS",
                "UNICODE__PATTERN", "70000"), "PATTERN")).isNull();
    }
}
