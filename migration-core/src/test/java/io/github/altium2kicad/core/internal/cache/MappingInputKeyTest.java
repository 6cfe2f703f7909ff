package io.github.altium2kicad.core.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.altium2kicad.api.mapping.AltiumFootprint;
import io.github.altium2kicad.api.mapping.MappingInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappingInputKeyTest {

    private static MappingInput input(String table, String ref, String path, List<AltiumFootprint> footprints,
                                      Map<String, String> attributes) {
        return new MappingInput(table, ref, path, footprints, attributes);
    }

    @Test
    void equalInputsHaveEqualKeysWhateverTheAttributeOrder() {
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("Package / Case", "0603 (1608 Metric)");
        ab.put("Value", "10k");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("Value", "10k");
        ba.put("Package / Case", "0603 (1608 Metric)");
        List<AltiumFootprint> fp = List.of(new AltiumFootprint("R0603", "Resistors.PcbLib"));

        MappingInput first = input("Resistors", "RES", "Passives.SchLib", fp, ab);
        MappingInput second = input("Resistors", "RES", "Passives.SchLib", fp, ba);

        assertThat(first).isEqualTo(second);
        assertThat(MappingInputKey.of(first)).isEqualTo(MappingInputKey.of(second));
    }

    @Test
    void everyFieldAndBoundaryCounts() {
        List<AltiumFootprint> fp = List.of(new AltiumFootprint("R0603", "R.PcbLib"));
        MappingInput base = input("T", "RES", "P.SchLib", fp, Map.of("a", "1"));
        List<MappingInput> variants = List.of(
                base,
                input("T2", "RES", "P.SchLib", fp, Map.of("a", "1")),
                input("T", null, "P.SchLib", fp, Map.of("a", "1")),
                input("T", "", "P.SchLib", fp, Map.of("a", "1")),
                input("T", "RES", null, fp, Map.of("a", "1")),
                input("T", "RESP.SchLib", "", fp, Map.of("a", "1")),
                input("T", "RES", "P.SchLib", List.of(), Map.of("a", "1")),
                input("T", "RES", "P.SchLib", List.of(new AltiumFootprint("R0603", null)), Map.of("a", "1")),
                input("T", "RES", "P.SchLib", List.of(new AltiumFootprint("R0603", "")), Map.of("a", "1")),
                input("T", "RES", "P.SchLib", List.of(fp.get(0), fp.get(0)), Map.of("a", "1")),
                input("T", "RES", "P.SchLib", fp, Map.of()),
                input("T", "RES", "P.SchLib", fp, Map.of("a", "")),
                input("T", "RES", "P.SchLib", fp, Map.of("a1", "")),
                input("T", "RES", "P.SchLib", fp, Map.of("A", "1")),
                input("T", "RES ", "P.SchLib", fp, Map.of("a", "1")));

        assertThat(variants.stream().map(MappingInputKey::of).distinct()).hasSize(variants.size());
    }

    @Test
    void footprintOrderMatters() {
        AltiumFootprint a = new AltiumFootprint("A", "X.PcbLib");
        AltiumFootprint b = new AltiumFootprint("B", "X.PcbLib");
        assertThat(MappingInputKey.of(input("T", "R", "S", List.of(a, b), Map.of())))
                .isNotEqualTo(MappingInputKey.of(input("T", "R", "S", List.of(b, a), Map.of())));
    }

    @Test
    void theCanonicalFormIsStable() {
        // a change here invalidates every user's cache: change CANONICAL_FORM and the schema version with it.
        // The value was computed independently (a 10-line Python script following the documented form).
        MappingInput input = input("Résistances", "RES-Ω", "C:\\lib\\Passives.SchLib",
                List.of(new AltiumFootprint("RESC1608X55N", "Chip.PcbLib"), new AltiumFootprint("R0603", null)),
                Map.of("Value", "10k", "Package / Case", "0603 (1608 Metric)"));

        assertThat(MappingInputKey.of(input).hex())
                .isEqualTo("0bea2124ca15ace6d230afb1a2304d9b899bf091e7fb13053efa54a6710096b4");
        assertThat(MappingInputKey.of(input).bytes()).hasSize(32);
    }

    @Test
    void rejectsMalformedHex() {
        assertThatThrownBy(() -> new MappingInputKey("abc")).isInstanceOf(IllegalArgumentException.class);
    }
}
