package io.github.altium2kicad.core.mapping.standard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** House-style footprint names as real libraries write them (issue 16), read through {@link AltiumFootprintName}. */
class HouseStyleChipNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "YAGEO RES 0402_1005|1005|false", "CAP 1206_3216 - 0.8MM|3216|false", "IND 1008_2520 RF WW|2520|false",
            "LED 0805_2012 RED|2012|false", "FER 0603_1608|1608|false", "MURATA GRM31M 1206_3216|3216|false",
            "MURATA LQM21P 0805_2012|2012|false", "0603_R|1608|true", "0805_C|2012|false", "R0603|1608|true",
            "C0805|2012|false", "0402|1005|true", "CSR1206|3216|true", "CAP 0603_1608 X7R 10%|1608|false",
            "RES 0805_2012 HV|2012|false", "LED 0603_1608 GREEN H0.8MM|1608|false",
            "SAMSUNG CL10 0603_1608|1608|false", "VISHAY DALE RES 1206_3216|3216|false",
    })
    void readsTheSizeCodeAmongHarmlessWords(String name, String metric, boolean byConvention) {
        PackageReading reading = AltiumFootprintName.parse(name);
        assertThat(reading.recognized()).as(name).isTrue();
        assertThat(reading.spec().kind()).isEqualTo(PackageKind.CHIP);
        assertThat(reading.spec().code()).as(name).isEqualTo(metric);
        assertThat(reading.byConvention()).as(name + " by convention").isEqualTo(byConvention);
    }

    @ParameterizedTest
    @ValueSource(strings = {"YAGEO YC164 1206_3216 CONVEX", "BOURNS CAY16 1206 CONCAVE", "RES ARRAY 0603_1608 4X",
            "RES 0603_1608 X2", "LED 0603_1608 SIDE VIEW", "LED 1206_3216 RIGHT ANGLE", "LED 0805_2012 REVERSE",
            "RES 0805 4P", "CAP 0603_1608 DUAL", "RES NETWORK 1206", "IND 0805_2012 3D"})
    void aWordThatChangesTheFootprintKeepsItAltium(String name) {
        PackageReading reading = AltiumFootprintName.parse(name);
        assertThat(reading.recognized()).as(name).isFalse();
        assertThat(reading.inconsistent()).as(name).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"RES 0603_1608 FOO", "BOURNS SRR0805 12.5X12.5MM H6MM", "CAP 0805_2012 KX",
            "PANASONIC CAP ELEC 4X5.4MM", "GRM31M 1206_3216"})
    void anUnknownWordLeavesTheNameUnrecognized(String name) {
        PackageReading reading = AltiumFootprintName.parse(name);
        assertThat(reading.recognized()).as(name).isFalse();
    }

    @Test
    void anUnknownWordIsNamedInTheNote() {
        assertThat(AltiumFootprintName.parse("RES 0603_1608 FOO").note()).contains("FOO");
    }

    @Test
    void twoSizesInOneNameAreInconsistent() {
        assertThat(AltiumFootprintName.parse("CAP 0603 0805").inconsistent()).isTrue();
    }

    @Test
    void familyWordsGiveTheFamilyHint() {
        assertThat(AltiumFootprintName.parse("FER 0603_1608").familyHint()).containsExactly(PartFamily.FERRITE_BEAD);
        assertThat(AltiumFootprintName.parse("0603_R").familyHint()).containsExactly(PartFamily.RESISTOR);
        assertThat(AltiumFootprintName.parse("LED 0805_2012 RED").familyHint()).containsExactly(PartFamily.LED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"SOD-323 DIODES|SOD-323", "VISHAY SOD-123|SOD-123", "SOT-23-3 ONSEMI|SOT-23"})
    void aMakersNameAroundAPackageChangesNothing(String name, String code) {
        PackageReading reading = AltiumFootprintName.parse(name);
        assertThat(reading.recognized()).as(name).isTrue();
        assertThat(reading.spec().code()).as(name).isEqualTo(code);
    }

    @Test
    void aTantalumCaseAfterAMakerIsRead() {
        PackageReading reading = AltiumFootprintName.parse("KEMET TANT A_3216 POLARIZED");
        assertThat(reading.recognized()).isTrue();
        assertThat(reading.spec().kind()).isEqualTo(PackageKind.MOLDED_POLARIZED);
    }
}
