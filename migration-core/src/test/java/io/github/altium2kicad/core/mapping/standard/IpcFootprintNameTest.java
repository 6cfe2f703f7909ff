package io.github.altium2kicad.core.mapping.standard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IpcFootprintNameTest {

    @ParameterizedTest
    @CsvSource({
            "RESC1608X55N, 1608, RESISTOR",
            "RESC1005X40N, 1005, RESISTOR",
            "RESC0402X15N, 0402, RESISTOR",   // metric 0402 = imperial 01005
            "CAPC2012X125N, 2012, CAPACITOR",
            "CAPC3216X180L, 3216, CAPACITOR",
            "INDC1608X95N, 1608, INDUCTOR",
            "LEDC1608X80N, 1608, LED",
            "rescs1608x55n, , ",
    })
    void readsChipNamesWithMetricBodySizes(String name, String metric, PartFamily family) {
        PackageReading reading = IpcFootprintName.parse(name);
        if (metric == null) {
            assertThat(reading.recognized()).isFalse();
            return;
        }
        assertThat(reading.spec().kind()).isEqualTo(PackageKind.CHIP);
        assertThat(reading.spec().code()).isEqualTo(metric);
        assertThat(reading.spec().pins()).isEqualTo(2);
        assertThat(reading.familyHint()).contains(family);
    }

    @Test
    void chipBodyThatIsNoStandardSizeIsInconsistent() {
        assertThat(IpcFootprintName.parse("RESC1234X55N").inconsistent()).isTrue();
    }

    @Test
    void readsMoldedPolarizedCapacitorsWithEiaHeight() {
        PackageSpec spec = IpcFootprintName.parse("CAPMP3528X210N").spec();
        assertThat(spec.kind()).isEqualTo(PackageKind.MOLDED_POLARIZED);
        assertThat(spec.code()).isEqualTo("3528");
        assertThat(spec.height()).isEqualTo(2.1);
        assertThat(IpcFootprintName.parse("CAPMP7343X310N").spec().height()).isEqualTo(3.1);
    }

    @ParameterizedTest
    @CsvSource({
            "SOD3716X135N, SOD-123", "SODFL3618X100N, SOD-123F", "SOD2513X100N, SOD-323", "SOD1608X65N, SOD-523",
            "DIOM5226X240N, SMA", "DIOM5436X244N, SMB", "DIOM7959X261N, SMC", "DIOMELF3516, MiniMELF",
            "DIOMELF5025, MELF",
    })
    void readsTwoTerminalDiodePackagesFromTheirDimensions(String name, String code) {
        PackageReading reading = IpcFootprintName.parse(name);
        assertThat(reading.spec().code()).isEqualTo(code);
        assertThat(reading.spec().pins()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({
            "SOT95P237X112-3N, SOT-23, 3", "SOT95P280X145-5N, SOT-23-5, 5", "SOT95P280X145-6N, SOT-23-6, 6",
            "SOT95P280X100-5N, TSOT-23-5, 5", "SOT65P210X110-3N, SOT-323, 3", "SOT65P210X110-6N, SOT-363, 6",
            "SOT230P700X180-4N, SOT-223, 4", "TO228P970X238-3N, TO-252-2, 3", "TO254P1524X482-3N, TO-263-2, 3",
    })
    void readsSotAndToPackages(String name, String code, int pins) {
        PackageSpec spec = IpcFootprintName.parse(name).spec();
        assertThat(spec.code()).isEqualTo(code);
        assertThat(spec.pins()).isEqualTo(pins);
    }

    @Test
    void sotGeometryOfNoStandardPackageIsInconsistent() {
        assertThat(IpcFootprintName.parse("SOT95P500X145-5N").inconsistent()).isTrue();
    }

    @Test
    void readsSmallOutlineLeadSpanAsBodyWidth() {
        PackageSpec soic = IpcFootprintName.parse("SOIC127P600X175-8N").spec();
        assertThat(soic.kind()).isEqualTo(PackageKind.SO);
        assertThat(soic.pins()).isEqualTo(8);
        assertThat(soic.pitch()).isEqualTo(1.27);
        assertThat(soic.bodyWidth()).isEqualTo(3.9);
        assertThat(soic.exposedPad()).isFalse();
        assertThat(IpcFootprintName.parse("SOIC127P1030X265-16N").spec().bodyWidth()).isEqualTo(7.5);
        assertThat(IpcFootprintName.parse("SOP65P640X120-14N").spec().bodyWidth()).isEqualTo(4.4);
        assertThat(IpcFootprintName.parse("SOP65P490X110-8N").spec().bodyWidth()).isEqualTo(3.0);
        PackageSpec withPad = IpcFootprintName.parse("SOIC127P600X170-9N").spec();
        assertThat(withPad.pins()).isEqualTo(8);
        assertThat(withPad.exposedPad()).isTrue();
    }

    @Test
    void countsTheThermalPadOfLeadlessPackagesSeparately() {
        PackageSpec qfn = IpcFootprintName.parse("QFN50P400X400X100-25N").spec();
        assertThat(qfn.kind()).isEqualTo(PackageKind.QFN);
        assertThat(qfn.pins()).isEqualTo(24);
        assertThat(qfn.exposedPad()).isTrue();
        assertThat(qfn.bodyWidth()).isEqualTo(4.0);
        assertThat(qfn.pitch()).isEqualTo(0.5);
        PackageSpec son = IpcFootprintName.parse("SON50P300X300X80-9N").spec();
        assertThat(son.code()).isEqualTo("DFN");
        assertThat(son.pins()).isEqualTo(8);
        assertThat(son.exposedPad()).isTrue();
        PackageSpec qfp = IpcFootprintName.parse("QFP50P1200X1200X160-64N").spec();
        assertThat(qfp.code()).isEqualTo("LQFP");
        assertThat(qfp.bodyWidth()).isEqualTo(10.0);
        assertThat(qfp.exposedPad()).isFalse();
    }

    @Test
    void readsThroughHoleNames() {
        PackageSpec header = IpcFootprintName.parse("HDRV10W64P254_2X5_1270X508X838P").spec();
        assertThat(header.kind()).isEqualTo(PackageKind.PIN_HEADER);
        assertThat(header.pins()).isEqualTo(10);
        assertThat(header.rows()).isEqualTo(2);
        assertThat(header.pitch()).isEqualTo(2.54);
        assertThat(header.has(PackageFlag.VERTICAL)).isTrue();
        PackageSpec dip = IpcFootprintName.parse("DIP762W46P254L1905H508Q14").spec();
        assertThat(dip.pins()).isEqualTo(14);
        assertThat(dip.bodyWidth()).isEqualTo(7.62);
    }

    @Test
    void leavesOtherNamesUnrecognized() {
        for (String name : new String[] {"R0603", "SOT-23", "RESC1608X55N_HS", "CAPAE530X550N", "", "QFN-16"}) {
            assertThat(IpcFootprintName.parse(name).recognized()).as(name).isFalse();
        }
    }
}
