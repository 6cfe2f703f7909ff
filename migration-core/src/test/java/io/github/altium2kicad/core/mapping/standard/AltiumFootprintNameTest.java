package io.github.altium2kicad.core.mapping.standard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AltiumFootprintNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "R0603|1608", "C0805|2012", "LED0603|1608", "L1206|3216", "RES 0603_1608|1608", "CAP 0402_1005|1005",
            "R_0603_1608Metric|1608", "r0805|2012", "0402|1005", "R0402|1005", "R_0402_Metric|0402",
            "01005|0402", "RES 0603 METRIC|0603", "CR1608-0603|1608", "SMD_0805|2012", "RES-0805-2012|2012",
    })
    void readsChipNamesImperialUnlessMetricIsSaid(String name, String metric) {
        PackageReading reading = AltiumFootprintName.parse(name);
        assertThat(reading.recognized()).as(name).isTrue();
        assertThat(reading.spec().kind()).isEqualTo(PackageKind.CHIP);
        assertThat(reading.spec().code()).as(name).isEqualTo(metric);
    }

    @Test
    void chipPrefixGivesTheFamilyHint() {
        assertThat(AltiumFootprintName.parse("R0603").familyHint()).containsExactly(PartFamily.RESISTOR);
        assertThat(AltiumFootprintName.parse("L0603").familyHint())
                .containsExactlyInAnyOrder(PartFamily.INDUCTOR, PartFamily.FERRITE_BEAD);
        assertThat(AltiumFootprintName.parse("0603").familyHint()).isEmpty();
    }

    @Test
    void disagreeingImperialAndMetricCodesAreInconsistent() {
        assertThat(AltiumFootprintName.parse("RES 0603_1005").inconsistent()).isTrue();
    }

    @Test
    void readsHandSolderVariants() {
        assertThat(AltiumFootprintName.parse("R0603_HandSolder").spec().has(PackageFlag.HAND_SOLDER)).isTrue();
        assertThat(AltiumFootprintName.parse("R_0603_1608Metric_Pad0.98x0.95mm_HandSolder").spec()
                .has(PackageFlag.HAND_SOLDER)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CASE-A|3216|1.8", "TANT_B|3528|2.1", "CAP TANT CASE C|6032|2.8", "EIA-7343-31|7343|3.1", "3216-18|3216|1.8",
            "CP_EIA-3528-21_Kemet-B|3528|2.1", "CASE_B_3528|3528|2.1", "EIA-3216-12|3216|1.2",
    })
    void readsTantalumCases(String name, String metric, double height) {
        PackageSpec spec = AltiumFootprintName.parse(name).spec();
        assertThat(spec.kind()).isEqualTo(PackageKind.MOLDED_POLARIZED);
        assertThat(spec.code()).isEqualTo(metric);
        assertThat(spec.height()).isEqualTo(height);
    }

    @Test
    void tantalumCaseLettersThatDifferByMakerAreNotGuessed() {
        assertThat(AltiumFootprintName.parse("CASE-E").inconsistent()).isTrue();
        assertThat(AltiumFootprintName.parse("CASE-A_3528").inconsistent()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SOD-123|SOD-123", "SOD123F|SOD-123F", "SOD-123FL|SOD-123F", "D_SOD-323|SOD-323", "SOD-80|MiniMELF",
            "MINIMELF|MiniMELF", "LL-34|MiniMELF", "DO-213AB|MELF", "SMA|SMA", "DO-214AC|SMA", "DO214AA|SMB",
            "D_SMC|SMC",
    })
    void readsDiodePackages(String name, String code) {
        assertThat(AltiumFootprintName.parse(name).spec().code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SOT-23|SOT-23|3", "SOT23-3|SOT-23|3", "SOT-23-5|SOT-23-5|5", "SOT23-6|SOT-23-6|6", "SOT-25|SOT-23-5|5",
            "SOT-223|SOT-223|4", "SOT-89|SOT-89-3|3", "SC-70|SOT-323|3", "SC70-5|SOT-353|5", "SC-88|SOT-363|6",
            "TO-92|TO-92|3", "TO-220AB|TO-220-3|3", "DPAK|TO-252-2|3", "D2PAK|TO-263-2|3",
    })
    void readsTransistorPackages(String name, String code, int pins) {
        PackageSpec spec = AltiumFootprintName.parse(name).spec();
        assertThat(spec.code()).isEqualTo(code);
        assertThat(spec.pins()).isEqualTo(pins);
    }

    @Test
    void sotNearMissesStayApart() {
        assertThat(AltiumFootprintName.parse("SOT-23-6").spec()
                .conflictWith(AltiumFootprintName.parse("SOT-23-5").spec())).isPresent();
        assertThat(AltiumFootprintName.parse("SOT-223-3").recognized()).isFalse();
        assertThat(AltiumFootprintName.parse("TO-252-3").recognized()).as("DigiKey's 3 = 2 leads + tab, KiCad's 3 = 3 leads")
                .isFalse();
    }

    @Test
    void readsSmallOutlineIcs() {
        PackageSpec so8 = AltiumFootprintName.parse("SO-8").spec();
        assertThat(so8.pins()).isEqualTo(8);
        assertThat(so8.bodyWidth()).isEqualTo(3.9);
        assertThat(so8.pitch()).isEqualTo(1.27);
        assertThat(AltiumFootprintName.parse("SOIC-16W").spec().bodyWidth()).isEqualTo(7.5);
        assertThat(AltiumFootprintName.parse("SOIC-8_3.9x4.9mm_P1.27mm").spec().bodyLength()).isEqualTo(4.9);
        assertThat(AltiumFootprintName.parse("TSSOP-14").spec().code()).isEqualTo("TSSOP");
        assertThat(AltiumFootprintName.parse("DIP-8").spec().pins()).isEqualTo(8);
        assertThat(AltiumFootprintName.parse("DIP-28_600").spec().bodyWidth()).isEqualTo(15.24);
        PackageSpec qfn = AltiumFootprintName.parse("QFN-16-1EP_3x3mm_P0.5mm_EP1.7x1.7mm").spec();
        assertThat(qfn.pins()).isEqualTo(16);
        assertThat(qfn.exposedPad()).isTrue();
        assertThat(qfn.bodyWidth()).isEqualTo(3.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HDR1X4|1|4", "HDR2X5|2|10", "HDR5X2|2|10", "PinHeader_1x04_P2.54mm_Vertical|1|4", "HEADER_2X3_2.54MM|2|6",
            "CONN_HDR_1X8_2.54|1|8", "PinSocket_1x06_P2.54mm_Vertical|1|6",
    })
    void readsHeaders(String name, int rows, int pins) {
        PackageSpec spec = AltiumFootprintName.parse(name).spec();
        assertThat(spec.kind()).isEqualTo(PackageKind.PIN_HEADER);
        assertThat(spec.rows()).isEqualTo(rows);
        assertThat(spec.pins()).isEqualTo(pins);
    }

    @Test
    void headerFlags() {
        assertThat(AltiumFootprintName.parse("HDR1X4H").spec().has(PackageFlag.HORIZONTAL)).isTrue();
        assertThat(AltiumFootprintName.parse("PinSocket_1x06_P2.54mm_Vertical").spec().has(PackageFlag.FEMALE)).isTrue();
        assertThat(AltiumFootprintName.parse("HDR1X4").spec().pitch()).isNull();
        assertThat(AltiumFootprintName.parse("HDR1X4").spec().has(PackageFlag.MALE)).as("HDR is used for both").isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "XTAL-3225-4P|3225|4", "CRYSTAL_SMD_3225-4Pin_3.2x2.5mm|3225|4", "XTAL 3.2X2.5 4PAD|3225|4",
            "XTAL_5032_2PAD|5032|2", "XTAL_3225|3225|0", "HC49/US|HC49-US|2", "HC-49/U|HC49-U|2",
            "HC49SMD|HC49-SMD|2", "XTAL_HC49S_SMD|HC49-SMD|2", "Crystal_HC49-4H_Vertical|HC49-US|2",
    })
    void readsCrystals(String name, String code, int pins) {
        PackageSpec spec = AltiumFootprintName.parse(name).spec();
        assertThat(spec.kind()).isEqualTo(PackageKind.CRYSTAL);
        assertThat(spec.code()).isEqualTo(code);
        assertThat(spec.pins()).isEqualTo(pins);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"LED-3MM|3.0", "LED5MM|5.0", "LED_D5.0mm|5.0", "5MM_LED|5.0", "LED-T1|3.0",
            "LED-T1-3/4|5.0"})
    void readsRoundLeds(String name, String diameter) {
        assertThat(AltiumFootprintName.parse(name).spec().code()).isEqualTo(diameter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"R0603M", "0603R", "MHDR1X4", "AXIAL-0.4", "RAD-0.1", "SOD-123W", "SMAF",
            "HC49-3PIN", "LED_D5.0mm_IRBlack", "IDC-2X5-SHROUDED", "ABM8", "R0603_L"})
    void leavesNamesWithUnknownWordsUnrecognized(String name) {
        assertThat(AltiumFootprintName.parse(name).recognized()).as(name).isFalse();
    }
}
