package io.github.altium2kicad.core.mapping.standard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DigikeyPackageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0603 (1608 Metric)|1608", "0402 (1005 Metric)|1005", "01005 (0402 Metric)|0402", "1206 (3216 Metric)|3216",
            "1411 (3528 Metric)|3528", "2917 (7343 Metric)|7343",
    })
    void readsChipSizes(String text, String metric) {
        PackageSpec spec = DigikeyPackage.parse(text).spec();
        assertThat(spec.kind()).isEqualTo(PackageKind.CHIP);
        assertThat(spec.code()).isEqualTo(metric);
    }

    @Test
    void disagreeingChipCodesAreInconsistent() {
        assertThat(DigikeyPackage.parse("0603 (1005 Metric)").inconsistent()).isTrue();
    }

    @Test
    void digikeysMetricCodeOf2512IsThatSizeNotAConflict() {
        // DigiKey writes 2512 as "2512 (6432 Metric)", KiCad as R_2512_6332Metric: the same chip
        PackageReading reading = DigikeyPackage.parse("2512 (6432 Metric)");
        assertThat(reading.inconsistent()).isFalse();
        assertThat(reading.spec().code()).isEqualTo("6332");
        assertThat(DigikeyPackage.parse("2512 (3216 Metric)").inconsistent()).isTrue();
    }

    @Test
    void readsSmallOutlineWidths() {
        PackageSpec narrow = DigikeyPackage.parse("8-SOIC (0.154\", 3.90mm Width)").spec();
        assertThat(narrow.pins()).isEqualTo(8);
        assertThat(narrow.bodyWidth()).isEqualTo(3.9);
        assertThat(DigikeyPackage.parse("16-SOIC (0.295\", 7.50mm Width)").spec().bodyWidth()).isEqualTo(7.5);
        assertThat(DigikeyPackage.parse("14-TSSOP (0.173\", 4.40mm Width)").spec().bodyWidth()).isEqualTo(4.4);
        PackageSpec msop = DigikeyPackage.parse("8-TSSOP, 8-MSOP (0.118\", 3.00mm Width)").spec();
        assertThat(msop.bodyWidth()).isEqualTo(3.0);
        assertThat(msop.code()).as("alternatives name two families: the body decides").isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SOT-23-5|SOT-23-5", "SC-74A, SOT-753|SOT-23-5", "TO-236-3, SC-59, SOT-23-3|SOT-23", "SOT-23-6|SOT-23-6",
            "TO-261-4, TO-261AA|SOT-223", "TO-243AA|SOT-89-3", "SC-70, SOT-323|SOT-323", "5-TSSOP, SC-70-5, SOT-353|SOT-353",
            "6-TSSOP, SC-88, SOT-363|SOT-363", "DO-214AC, SMA|SMA", "DO-214AA, SMB|SMB", "DO-214AB, SMC|SMC",
            "SC-76, SOD-323|SOD-323", "SC-90, SOD-323F|SOD-323F", "SOD-123F|SOD-123F", "DO-213AC, MINI-MELF, SOD-80|MiniMELF",
            "TO-220-3|TO-220-3", "TO-226-3, TO-92-3 (TO-226AA)|TO-92", "TO-252-3, DPak (2 Leads + Tab), SC-63|TO-252-2",
            "TO-263-3, D²Pak (2 Leads + Tab), TO-263AB|TO-263-2", "HC-49/US|HC49-US", "T-1 3/4|5.0", "T-1|3.0",
    })
    void readsNamedPackages(String text, String code) {
        assertThat(DigikeyPackage.parse(text).spec().code()).as(text).isEqualTo(code);
    }

    @Test
    void readsLeadlessAndDipPackages() {
        PackageSpec qfn = DigikeyPackage.parse("16-VQFN Exposed Pad").spec();
        assertThat(qfn.kind()).isEqualTo(PackageKind.QFN);
        assertThat(qfn.pins()).isEqualTo(16);
        assertThat(qfn.exposedPad()).isTrue();
        PackageSpec dip = DigikeyPackage.parse("28-DIP (0.600\", 15.24mm)").spec();
        assertThat(dip.pins()).isEqualTo(28);
        assertThat(dip.bodyWidth()).isEqualTo(15.24);
        assertThat(DigikeyPackage.parse("48-LQFP").spec().code()).isEqualTo("LQFP");
        assertThat(DigikeyPackage.parse("4-SMD, No Lead").spec().pins()).isEqualTo(4);
    }

    @Test
    void skipsAlternativesInNoKnownFormButRejectsDisagreeingOnes() {
        assertThat(DigikeyPackage.parse("1206 (3216 Metric), Convex, Long Side Terminals").spec().code()).isEqualTo("3216");
        assertThat(DigikeyPackage.parse("SOD-123, SOD-323").inconsistent()).isTrue();
        assertThat(DigikeyPackage.parse("Radial").recognized()).isFalse();
        assertThat(DigikeyPackage.parse("Nonstandard").recognized()).isFalse();
        assertThat(DigikeyPackage.parse("TO-252-4, DPak (3 Leads + Tab)").recognized()).isFalse();
    }
}
