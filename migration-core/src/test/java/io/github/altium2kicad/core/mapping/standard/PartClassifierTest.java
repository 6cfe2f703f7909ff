package io.github.altium2kicad.core.mapping.standard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PartClassifierTest {

    private final PartClassifier classifier = new PartClassifier();

    private Classification classify(String table, String libraryRef, String description, String designator) {
        return classifier.classify(new PartTexts(table, libraryRef, description, designator, null), Set.of(), null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Passives|Res1|-|R?|RESISTOR",
            "Passives|RC0603FR-0710KL|RES 10K OHM 1% 1/10W 0603|-|RESISTOR",
            "Murata|GRM188R71H104KA93D|CAP CER 0.1UF 50V X7R 0603|-|CAPACITOR",
            "Kemet|T491A106K016AT|CAP TANT 10UF 10% 16V 1206|-|CAPACITOR_POLARIZED",
            "Passives|C_Polarized|-|C?|CAPACITOR_POLARIZED",
            "Passives|Cap Pol1|-|-|CAPACITOR_POLARIZED",
            "Passives|L|-|-|INDUCTOR",
            "Passives|FB|FERRITE BEAD 600 OHM 0603 1LN|-|FERRITE_BEAD",
            "Inductors|IND|FERRITE BEAD 600 OHM|L?|FERRITE_BEAD",
            "Opto|LED0|-|D?|LED",
            "Diodes|D|Light emitting diode red|-|LED",
            "Diodes|1N4148W|DIODE GEN PURP 100V 150MA SOD123|-|DIODE",
            "Crystals|XTAL|CRYSTAL 16.0000MHZ 18PF SMD|Y?|CRYSTAL",
            "Connectors|Header 4|CONN HEADER VERT 4POS 2.54MM|J?|CONNECTOR",
            "Semis|MMBT3904|TRANS NPN 40V 0.2A SOT23|Q?|TRANSISTOR",
            "ICs|LM358|IC OPAMP GP 2 CIRCUIT 8SOIC|U?|IC",
            "LED Drivers|TLC5940|IC LED DRIVER LIN 120MA 28HTSSOP|U?|IC",
    })
    void classifiesFromTheStrongTexts(String table, String libraryRef, String description, String designator,
                                      PartFamily family) {
        Classification c = classify(table, libraryRef, description, designator);
        assertThat(c.problems()).isEmpty();
        assertThat(c.family()).isEqualTo(family);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Resistors|NTC|THERMISTOR NTC 10KOHM 3380K 0603|-",
            "Resistors|RES_ARRAY|RES ARRAY 4 RES 10K OHM 1206|-",
            "Resistors|Res Adj1|-|-",
            "Capacitors|SUPERCAP|CAP SUPERCAP 0.1F 5.5V|-",
            "Oscillators|OSC|OSC XO 16.0000MHZ CMOS SMD|-",
            "LEDs|LED|LED RGB DIFFUSED 6SMD|-",
            "Diodes|BAV99|DIODE ARRAY GP 100V 215MA SOT23|-",
            "Diodes|TVS|TVS DIODE 24VWM 38.9VC SMA|-",
            "Connectors|Header 8|CONN HEADER VERT 8POS 2.54MM GOLD SHROUDED|-",
            "Connectors|Header 5X2A|-|-",
            "Fuses|FUSE|FUSE BOARD MNT 500MA 32VAC 0603|-",
    })
    void namesKindsItDoesNotMapAsOther(String table, String libraryRef, String description, String designator) {
        Classification c = classify(table, libraryRef, description, designator);
        assertThat(c.family()).isEqualTo(PartFamily.OTHER);
        assertThat(c.otherReason()).isNotBlank();
    }

    @Test
    void reportsConflictingTexts() {
        assertThat(classify("Resistors", "RES", "CAP CER 0.1UF", null).problems()).isNotEmpty();
        assertThat(classify("Capacitors", "CAP_POL", "CAP CER 10UF 16V X7R", null).problems())
                .anyMatch(p -> p.contains("polarized"));
        assertThat(classify("Diodes", "D_Zener", "DIODE GEN PURP 100V", null).problems()).isNotEmpty();
        assertThat(classify("Passives", "RES", "RES 10K", "C?").problems()).anyMatch(p -> p.contains("Designator"));
        assertThat(classify("Capacitors", "RES", "RES 10K 0603", "R?").problems()).anyMatch(p -> p.contains("table"));
        assertThat(classify("Inductors", "FB", "FIXED IND 10UH 300MA", "L?").problems())
                .anyMatch(p -> p.contains("Description says inductor"));
        assertThat(classify("Diodes", "LED", "DIODE GEN PURP 100V", "D?").problems())
                .anyMatch(p -> p.contains("Description says diode"));
        assertThat(classify("Inductors", "L", "FERRITE BEAD 600 OHM", "L?").family()).isEqualTo(PartFamily.FERRITE_BEAD);
    }

    @Test
    void tableGroupingSeveralKindsDoesNotOverruleTheTexts() {
        Classification crystal = classify("Crystals & Oscillators", "XTAL", "CRYSTAL 16MHZ 18PF", "Y?");
        assertThat(crystal.family()).isEqualTo(PartFamily.CRYSTAL);
        assertThat(crystal.problems()).isEmpty();
        Classification led = classify("Diodes & LEDs", "LED", "LED RED 0603", "D?");
        assertThat(led.family()).isEqualTo(PartFamily.LED);
    }

    @Test
    void tableRefinesAGeneralFamily() {
        Classification c = classify("Tantalum Capacitors", "CAP", "10UF 16V", "C?");
        assertThat(c.family()).isEqualTo(PartFamily.CAPACITOR_POLARIZED);
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void diodeKinds() {
        assertThat(classify("Diodes", "D", "DIODE ZENER 5.1V", null).diodeKind()).isEqualTo(DiodeKind.ZENER);
        assertThat(classify("Diodes", "D_Schottky", null, null).diodeKind()).isEqualTo(DiodeKind.SCHOTTKY);
        assertThat(classify("Diodes", "TVS", "TVS DIODE 5V BIDIRECTIONAL", null).diodeKind())
                .isEqualTo(DiodeKind.TVS_BIDIRECTIONAL);
        assertThat(classify("Zener Diodes", "DIODE", "5.1V 500MW", null).diodeKind()).isEqualTo(DiodeKind.ZENER);
        assertThat(classify("Diodes", "DIODE", "DIODE GEN PURP 100V", null).diodeKind()).isEqualTo(DiodeKind.STANDARD);
    }

    @Test
    void familyFromDesignatorAndFootprintNameOnlyIsNotCertain() {
        Classification c = classifier.classify(new PartTexts("Yageo", "RC0603FR-0710KL", null, "R?", null),
                Set.of(PartFamily.RESISTOR), "R0603");
        assertThat(c.family()).isEqualTo(PartFamily.RESISTOR);
        assertThat(c.certain()).isFalse();
        Classification capacitor = classifier.classify(new PartTexts("Murata", "GRM188R71H104KA93D", null, "C?", null),
                Set.of(PartFamily.CAPACITOR, PartFamily.CAPACITOR_POLARIZED), "C0603");
        assertThat(capacitor.family()).as("polarized or not is unknown").isNull();
    }

    @Test
    void collectsConnectorFactsFromTheTexts() {
        PackageSpec facts = classify("Connectors", "Header 5X2", "CONN RCPT 10POS 2MM", "J?").connectorFacts();
        assertThat(facts.pins()).isEqualTo(10);
        assertThat(facts.rows()).isEqualTo(2);
        assertThat(facts.pitch()).isEqualTo(2.0);
        assertThat(facts.has(PackageFlag.FEMALE)).isTrue();
        assertThat(classify("Connectors", "CONN", "CONN HDR 4POS 0.1 GOLD PCB", null).connectorFacts().pitch())
                .isEqualTo(2.54);
    }
}
