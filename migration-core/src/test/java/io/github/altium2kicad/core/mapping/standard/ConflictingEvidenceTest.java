package io.github.altium2kicad.core.mapping.standard;

import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.core.kicad.index.KicadLibraryIndex;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Takes every labeled part the rule maps from a recognized footprint name and contradicts it: another chip size
 * or diode package in Package / Case, or another size in the Description. None of the variants may be mapped at
 * confidence >= 0.9: with contradicting evidence the Altium references must be kept.
 */
class ConflictingEvidenceTest {

    private static final Pattern CHIP = Pattern.compile("_(\\d{4,5})_(\\d{4,5})Metric$");
    private static final Map<String, String> OTHER_CHIP = Map.of("0402", "0805", "0603", "1206", "0805", "0603",
            "1206", "0805", "1210", "1206");
    private static final List<String> DIODE_PACKAGES = List.of("SOD-123", "SOD-123F", "SC-76, SOD-323",
            "SC-90, SOD-323F", "SC-79, SOD-523", "DO-214AC, SMA", "DO-214AA, SMB", "DO-214AB, SMC",
            "DO-213AC, MINI-MELF, SOD-80");

    private final StandardLibraryRule rule = new StandardLibraryRule(KicadLibraryIndex.bundledStandard());

    @Test
    void contradictedPartsAreNeverMappedConfidently() throws Exception {
        int variants = 0;
        List<String> wrong = new ArrayList<>();
        for (LabeledPartsTest.LabeledPart part : LabeledPartsTest.read()) {
            if (!part.expectsMapping() || part.footprintRef().isEmpty()
                    || !AltiumFootprintName.parse(part.footprintRef()).recognized()) {
                continue;
            }
            for (Map<String, String> change : contradictions(part)) {
                variants++;
                MappingInput base = part.input();
                Map<String, String> attributes = new HashMap<>(base.attributes());
                attributes.putAll(change);
                MappingInput input = new MappingInput(base.table(), base.libraryRef(), base.libraryPath(),
                        base.footprints(), attributes);
                Optional<MappingDecision> decision = rule.map(input, LabeledPartsTest.CONTEXT);
                if (decision.isPresent() && decision.get().confidence() >= LabeledPartsTest.THRESHOLD) {
                    wrong.add("line " + part.line() + " " + part.footprintRef() + " with " + change + " → "
                            + decision.get().symbol() + " " + decision.get().footprints());
                }
            }
        }
        System.out.println("Contradicted variants: " + variants + ", mapped >= 0.9: " + wrong.size());
        assertThat(variants).isGreaterThan(500);
        assertThat(wrong).isEmpty();
    }

    private static List<Map<String, String>> contradictions(LabeledPartsTest.LabeledPart part) {
        List<Map<String, String>> out = new ArrayList<>();
        Matcher chip = CHIP.matcher(part.expectedFootprint());
        if (chip.find()) {
            String imperial = chip.group(1);
            String other = OTHER_CHIP.getOrDefault(imperial, "0603");
            ChipSize size = ChipSize.imperial(other).orElseThrow();
            out.add(Map.of("Package / Case", other + " (" + size.metric() + " Metric)"));
            out.add(Map.of("Description", part.description() + " " + other));
        } else if (part.expectedFootprint().startsWith("Diode_SMD:D_")) {
            String code = part.expectedFootprint().substring("Diode_SMD:D_".length());
            for (String text : DIODE_PACKAGES) {
                PackageReading reading = DigikeyPackage.parse(text);
                if (!reading.spec().code().equals(code)) {
                    out.add(Map.of("Package / Case", text));
                }
            }
        } else if (part.expectedFootprint().contains("CP_EIA-3216")) {
            out.add(Map.of("Package / Case", "1411 (3528 Metric)"));
        } else if (part.expectedFootprint().contains("PinHeader_1x")) {
            out.add(Map.of("Description", "CONN HEADER VERT 40POS 2.54MM"));
            out.add(Map.of("Description", part.expectedFootprint().contains("P2.54mm")
                    ? "CONN HEADER VERT 2MM" : "CONN HEADER VERT 2.54MM"));
        } else if (part.expectedFootprint().contains("Crystal_SMD_3225")) {
            out.add(Map.of("Package / Case", "2-SMD, No Lead"));
        }
        return out;
    }
}
