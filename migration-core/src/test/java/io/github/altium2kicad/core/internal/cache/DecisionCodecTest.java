package io.github.altium2kicad.core.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.api.mapping.MappingDecision;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecisionCodecTest {

    private static final MappingDecision FULL = new MappingDecision(Optional.of(new KicadLibId("Device", "R")),
            List.of(new KicadLibId("Resistor_SMD", "R_0603_1608Metric"), new KicadLibId("Résistances", "R-Ω")), 0.85,
            "standard-library", List.of("Package / Case = 0603 (1608 Metric)", ""), List.of("pad count 3 ≠ 2"));
    private static final MappingDecision EMPTY = new MappingDecision(Optional.empty(), List.of(), 0.0, null,
            List.of(), List.of());

    @Test
    void newRowsAreBinaryAndReadBackEqual() throws IOException {
        for (MappingDecision decision : List.of(FULL, EMPTY)) {
            DecisionCodec.Encoded plain = DecisionCodec.encode(decision, false);
            DecisionCodec.Encoded deflated = DecisionCodec.encode(decision, true);

            assertThat(plain.codec()).isEqualTo(DecisionCodec.BINARY);
            assertThat(deflated.codec()).isEqualTo(DecisionCodec.DEFLATED_BINARY);
            assertThat(DecisionCodec.decode(plain.codec(), plain.payload())).isEqualTo(decision);
            assertThat(DecisionCodec.decode(deflated.codec(), deflated.payload())).isEqualTo(decision);
        }
    }

    @Test
    void binaryIsSmallerThanTheJsonEarlierVersionsWrote() {
        assertThat(DecisionCodec.encode(FULL, false).payload().length)
                .isLessThan(DecisionCodec.encodeJson(FULL).payload().length);
    }

    @Test
    void jsonRowsOfEarlierVersionsAreStillRead() throws IOException {
        DecisionCodec.Encoded json = DecisionCodec.encodeJson(FULL);

        assertThat(json.codec()).isEqualTo(DecisionCodec.JSON);
        assertThat(DecisionCodec.decode(json.codec(), json.payload())).isEqualTo(FULL);
    }

    @Test
    void damagedBinaryRowsAreRejected() {
        byte[] payload = DecisionCodec.encode(FULL, false).payload();
        byte[] truncated = Arrays.copyOf(payload, payload.length - 3);
        byte[] trailing = Arrays.copyOf(payload, payload.length + 1);
        byte[] hugeLength = payload.clone();
        hugeLength[1] = 0x7f; // the high byte of the symbol library's length, the int after the symbol flag

        assertThatThrownBy(() -> DecisionCodec.decode(DecisionCodec.BINARY, truncated)).isInstanceOf(IOException.class)
                .hasMessageContaining("truncated");
        assertThatThrownBy(() -> DecisionCodec.decode(DecisionCodec.BINARY, trailing)).isInstanceOf(IOException.class)
                .hasMessageContaining("after the end");
        assertThatThrownBy(() -> DecisionCodec.decode(DecisionCodec.BINARY, hugeLength)).isInstanceOf(IOException.class)
                .hasMessageContaining("implausible length");
        assertThatThrownBy(() -> DecisionCodec.decode(DecisionCodec.BINARY, new byte[] {1})).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> DecisionCodec.decode(DecisionCodec.JSON, payload)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> DecisionCodec.decode(7, payload)).isInstanceOf(IOException.class)
                .hasMessageContaining("unknown codec");
    }
}
