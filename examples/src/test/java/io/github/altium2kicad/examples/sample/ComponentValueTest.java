package io.github.altium2kicad.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComponentValueTest {

    @Test
    void writesResistanceCodesTheWayManufacturersDo() {
        assertThat(ComponentValue.of("4700").rkm()).isEqualTo("4K7");
        assertThat(ComponentValue.of("49900").rkm()).isEqualTo("49K9");
        assertThat(ComponentValue.of("100").rkm()).isEqualTo("100R");
        assertThat(ComponentValue.of("4.7").rkm()).isEqualTo("4R7");
        assertThat(ComponentValue.of("1000000").rkm()).isEqualTo("1M");
        assertThat(ComponentValue.of("0").rkm()).isEqualTo("0R");

        assertThat(ComponentValue.of("10000").eia4()).isEqualTo("1002");
        assertThat(ComponentValue.of("4990").eia4()).isEqualTo("4991");
        assertThat(ComponentValue.of("49.9").eia4()).isEqualTo("49R9");
        assertThat(ComponentValue.of("100").eia4()).isEqualTo("1000");

        assertThat(ComponentValue.of("10000").vishay4()).isEqualTo("10K0");
        assertThat(ComponentValue.of("4700").vishay4()).isEqualTo("4K70");
        assertThat(ComponentValue.of("100").vishay4()).isEqualTo("100R");
        assertThat(ComponentValue.of("1000000").vishay4()).isEqualTo("1M00");
    }

    @Test
    void writesCapacitanceCodesInPicofarads() {
        assertThat(ComponentValue.of("1e-7").scaled(12).eia3()).isEqualTo("104");
        assertThat(ComponentValue.of("4.7e-12").scaled(12).eia3()).isEqualTo("4R7");
        assertThat(ComponentValue.of("1e-11").scaled(12).eia3()).isEqualTo("100");
        assertThat(ComponentValue.of("1e-5").scaled(12).eia3()).isEqualTo("106");
    }

    @Test
    void writesEngineeringNotation() {
        assertThat(ComponentValue.of("10000").engineering("Ω")).isEqualTo("10 kΩ");
        assertThat(ComponentValue.of("0.01").engineering("Ω")).isEqualTo("10 mΩ");
        assertThat(ComponentValue.of("1e-7").compact("F")).isEqualTo("100nF");
        assertThat(ComponentValue.of("4.7e-6").compact("F")).isEqualTo("4.7µF");
        assertThat(CapacitorCatalog.digikeyCapacitance(ComponentValue.of("1e-7"))).isEqualTo("0.1 µF");
        assertThat(CapacitorCatalog.digikeyCapacitance(ComponentValue.of("4.7e-9"))).isEqualTo("4700 pF");
    }
}
