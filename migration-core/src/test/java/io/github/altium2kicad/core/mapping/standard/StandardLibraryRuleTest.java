package io.github.altium2kicad.core.mapping.standard;

import io.github.altium2kicad.api.mapping.AltiumFootprint;
import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.core.kicad.index.KicadLibraryIndex;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class StandardLibraryRuleTest {

    private static final StandardLibraryRule RULE = new StandardLibraryRule(KicadLibraryIndex.bundledStandard());

    private static MappingInput part(String table, String libraryRef, List<String> footprints, String... attributes) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            map.put(attributes[i], attributes[i + 1]);
        }
        List<AltiumFootprint> refs = new ArrayList<>();
        footprints.forEach(f -> refs.add(new AltiumFootprint(f, "Parts.PcbLib")));
        return new MappingInput(table, libraryRef, "Parts.SchLib", refs, map);
    }

    private static Optional<MappingDecision> map(MappingInput input) {
        return RULE.map(input, LabeledPartsTest.CONTEXT);
    }

    @Test
    void declaresTheColumnsItReadsInCommonSpellings() {
        assertThat(RULE.name()).isEqualTo("standard-library");
        assertThat(RULE.attributeColumns()).contains("Package / Case", "Package/Case", "Package", "Case/Package",
                "Description", "Designator", "Value", "Mounting Type", "Supplier Device Package");
    }

    @Test
    void mapsAChipResistorWithEvidence() {
        MappingDecision d = map(part("Resistors", "RES", List.of("RESC1608X55N"), "Package / Case",
                "0603 (1608 Metric)", "Description", "RES 10K OHM 1% 1/10W 0603")).orElseThrow();
        assertThat(d.symbol()).contains(KicadLibId.parse("Device:R"));
        assertThat(d.footprints()).containsExactly(KicadLibId.parse("Resistor_SMD:R_0603_1608Metric"));
        assertThat(d.confidence()).isEqualTo(0.99);
        assertThat(d.rule()).isEqualTo("standard-library");
        assertThat(d.problems()).isEmpty();
        assertThat(d.evidence()).anyMatch(e -> e.startsWith("Footprint Ref=RESC1608X55N → IPC-7351"))
                .anyMatch(e -> e.startsWith("Package / Case=0603 (1608 Metric)"))
                .anyMatch(e -> e.contains("Resistor_SMD:R_0603_1608Metric exists with 2 numbered pads"));
    }

    @Test
    void readsPackageColumnsUnderOtherSpellingsAndCase() {
        MappingDecision d = map(part("Capacitors", "CAP", List.of(), "package/case", "0805 (2012 Metric)",
                "DESCRIPTION", "CAP CER 1UF 25V X7R")).orElseThrow();
        assertThat(d.footprints()).containsExactly(KicadLibId.parse("Capacitor_SMD:C_0805_2012Metric"));
        assertThat(d.confidence()).isEqualTo(0.92);
    }

    @Test
    void conflictingPackageEvidenceIsReportedBelowTheThreshold() {
        MappingDecision d = map(part("Resistors", "RES", List.of("R0603"), "Package / Case", "0805 (2012 Metric)"))
                .orElseThrow();
        assertThat(d.confidence()).isLessThan(0.9);
        assertThat(d.symbol()).isEmpty();
        assertThat(d.footprints()).isEmpty();
        assertThat(d.problems()).anyMatch(p -> p.contains("disagree"));
        MappingDecision pins = map(part("ICs", "LDO", List.of("SOT-23-5"), "Package / Case", "SOT-23-6")).orElseThrow();
        assertThat(pins.footprints()).isEmpty();
        assertThat(pins.problems()).anyMatch(p -> p.contains("SOT-23-5 vs SOT-23-6"));
    }

    @Test
    void bareAmbiguousChipCodesNeedConfirmation() {
        // C0603 is an imperial 0603 in Altium's naming but an imperial 0201 in metric-named libraries
        MappingDecision alone = map(part("Capacitors", "CAP", List.of("C0603"))).orElseThrow();
        assertThat(alone.confidence()).isLessThan(0.9);
        assertThat(alone.evidence()).anyMatch(e -> e.contains("metric-named libraries"));
        MappingDecision confirmed = map(part("Capacitors", "CAP", List.of("C0603"), "Description",
                "CAP CER 0.1UF 50V X7R 0603")).orElseThrow();
        assertThat(confirmed.confidence()).isEqualTo(0.96);
        MappingDecision contradicted = map(part("Capacitors", "CAP", List.of("C0603"), "Description",
                "CAP CER 0.1UF 6.3V X5R 0201")).orElseThrow();
        assertThat(contradicted.footprints()).isEmpty();
        MappingDecision unambiguous = map(part("Capacitors", "CAP", List.of("C0805"))).orElseThrow();
        assertThat(unambiguous.confidence()).isEqualTo(0.96);
    }

    @Test
    void transistorsAndIcsGetAFootprintSuggestionButNoSymbol() {
        MappingDecision d = map(part("Semis", "NPN", List.of("SOT-23"), "Description", "TRANS NPN 40V 0.2A SOT23"))
                .orElseThrow();
        assertThat(d.symbol()).isEmpty();
        assertThat(d.footprints()).containsExactly(KicadLibId.parse("Package_TO_SOT_SMD:SOT-23"));
        assertThat(d.confidence()).isLessThan(0.9);
        assertThat(d.problems()).anyMatch(p -> p.contains("depends on the part"));
    }

    @Test
    void textsOfOnlyPunctuationAndSpacesAreHandledLikeBlankOnes() {
        for (String text : List.of(".", ". .", " ..  ", "-", "/", "_", ",")) {
            assertThat(map(part("Resistors", text, List.of(text), "Description", text, "Value", text, "Package / Case", text)))
                    .as("'%s'", text).isEmpty();
        }
    }

    @Test
    void partsItKnowsNothingAboutArePassedOn() {
        assertThat(map(part("Misc", "THING", List.of("WEIRD_FP"), "Description", "something"))).isEmpty();
        assertThat(map(part("Fuses", "FUSE", List.of("F0603"), "Description", "FUSE 1A 0603"))).isEmpty();
    }

    @Test
    void mapsResolvableAlternateFootprintsAndLeavesOutTheOthers() {
        MappingDecision d = map(part("Resistors", "RES", List.of("R0603", "R0603_HandSolder", "MY_SPECIAL"),
                "Description", "RES 10K 1%")).orElseThrow();
        assertThat(d.footprints()).containsExactly(KicadLibId.parse("Resistor_SMD:R_0603_1608Metric"),
                KicadLibId.parse("Resistor_SMD:R_0603_1608Metric_Pad0.98x0.95mm_HandSolder"));
        assertThat(d.evidence()).anyMatch(e -> e.contains("MY_SPECIAL") && e.contains("left out"));
    }

    @Test
    void mountingTypeMustAgreeWithTheFootprint() {
        MappingDecision d = map(part("Resistors", "RES", List.of("R0603"), "Mounting Type", "Through Hole"))
                .orElseThrow();
        assertThat(d.confidence()).isLessThan(0.9);
        assertThat(d.problems()).anyMatch(p -> p.contains("surface-mount"));
    }

    @Test
    void symbolAndFootprintAreChosenTogether() {
        MappingDecision led = map(part("LEDs", "LED", List.of("LED0603"), "Description", "LED RED CLEAR 0603 SMD"))
                .orElseThrow();
        assertThat(led.symbol()).contains(KicadLibId.parse("Device:LED"));
        assertThat(led.footprints()).containsExactly(KicadLibId.parse("LED_SMD:LED_0603_1608Metric"));
        MappingDecision crystal = map(part("Crystals", "XTAL", List.of("XTAL-3225-4P"), "Description",
                "CRYSTAL 16MHZ 18PF")).orElseThrow();
        assertThat(crystal.symbol()).contains(KicadLibId.parse("Device:Crystal_GND24"));
        MappingDecision header = map(part("Connectors", "Header 5X2", List.of("HDR2X5"), "Description",
                "CONN HEADER VERT 10POS 2.54MM")).orElseThrow();
        assertThat(header.symbol()).contains(KicadLibId.parse("Connector_Generic:Conn_02x05_Odd_Even"));
        assertThat(header.footprints())
                .containsExactly(KicadLibId.parse("Connector_PinHeader_2.54mm:PinHeader_2x05_P2.54mm_Vertical"));
    }

    @Test
    void neverEmitsANameMissingFromTheIndex() {
        StandardLibraryRule withoutLibraries = new StandardLibraryRule(KicadLibraryIndex.empty());
        Optional<MappingDecision> d = withoutLibraries.map(part("Resistors", "RES", List.of("R0603"),
                "Description", "RES 10K 0603"), LabeledPartsTest.CONTEXT);
        assertThat(d).hasValueSatisfying(decision -> {
            assertThat(decision.symbol()).isEmpty();
            assertThat(decision.footprints()).isEmpty();
            assertThat(decision.confidence()).isLessThan(0.9);
        });
    }

    @Test
    void isThreadSafeAndDeterministic() throws Exception {
        List<LabeledPartsTest.LabeledPart> parts = LabeledPartsTest.read();
        Map<Integer, Optional<MappingDecision>> sequential = new HashMap<>();
        for (LabeledPartsTest.LabeledPart p : parts) {
            sequential.put(p.line(), RULE.map(p.input(), LabeledPartsTest.CONTEXT));
        }
        Map<Integer, Optional<MappingDecision>> parallel = new ConcurrentHashMap<>();
        IntStream.range(0, 4).parallel().forEach(round -> parts.parallelStream()
                .forEach(p -> parallel.put(p.line(), RULE.map(p.input(), LabeledPartsTest.CONTEXT))));
        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void isFastEnoughToBeCalledOncePerDistinctPart() throws Exception {
        List<LabeledPartsTest.LabeledPart> parts = LabeledPartsTest.read();
        for (int warm = 0; warm < 3; warm++) {
            parts.forEach(p -> RULE.map(p.input(), LabeledPartsTest.CONTEXT));
        }
        long start = System.nanoTime();
        int rounds = 5;
        for (int round = 0; round < rounds; round++) {
            parts.forEach(p -> RULE.map(p.input(), LabeledPartsTest.CONTEXT));
        }
        double micros = (System.nanoTime() - start) / 1000.0 / (rounds * parts.size());
        System.out.printf("standard-library rule: %.1f µs per part%n", micros);
        assertThat(micros).isLessThan(2_000);
    }
    /** A context whose catalog read {@code pads} numbered pads for every footprint of {@code Parts.PcbLib}. */
    private static io.github.altium2kicad.api.mapping.MappingContext withPads(int pads) {
        io.github.altium2kicad.api.mapping.AltiumLibraryCatalog catalog = LabeledPartsTest.CONTEXT.altiumLibraries();
        return new io.github.altium2kicad.api.mapping.MappingContext() {
            @Override
            public io.github.altium2kicad.api.MigrationConfig config() {
                return LabeledPartsTest.CONTEXT.config();
            }

            @Override
            public io.github.altium2kicad.api.mapping.AltiumLibraryCatalog altiumLibraries() {
                return new io.github.altium2kicad.api.mapping.AltiumLibraryCatalog() {
                    @Override
                    public Optional<String> symbolLibraryNickname(String libraryPath) {
                        return catalog.symbolLibraryNickname(libraryPath);
                    }

                    @Override
                    public Optional<String> footprintLibraryNickname(String footprintPath) {
                        return catalog.footprintLibraryNickname(footprintPath);
                    }

                    @Override
                    public java.util.OptionalInt footprintPadCount(String footprintPath, String footprintRef) {
                        return "Parts.PcbLib".equals(footprintPath) ? java.util.OptionalInt.of(pads)
                                : java.util.OptionalInt.empty();
                    }
                };
            }
        };
    }

    @Test
    void aPadCountOtherThanTheKicadFootprintsVetoesTheMapping() {
        MappingInput capacitor = part("Capacitors", "CAP", List.of("C0805"), "Package / Case", "0805 (2012 Metric)",
                "Description", "CAP CER 10NF 50V X7R 0805");
        MappingDecision fourPads = RULE.map(capacitor, withPads(4)).orElseThrow();
        assertThat(fourPads.confidence()).isLessThan(0.9);
        assertThat(fourPads.symbol()).isEmpty();
        assertThat(fourPads.problems()).singleElement().asString().contains("4 numbered pads", "C_0805_2012Metric has 2");
        StandardLibraryRule.Verdict verdict = RULE.evaluate(capacitor, withPads(4));
        assertThat(verdict.reason()).isEqualTo("Altium footprint has another pad count than the KiCad footprint");

        MappingDecision twoPads = RULE.map(capacitor, withPads(2)).orElseThrow();
        assertThat(twoPads.confidence()).isEqualTo(0.99);
        assertThat(twoPads.evidence()).anySatisfy(e -> assertThat(e).contains("has 2 numbered pads, as"));
    }
}
