package io.github.altium2kicad.core.internal.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.api.mapping.MappingDecision;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * Turns a {@link MappingDecision} into the bytes of a cache row and back: JSON (UTF-8, Jackson), optionally
 * zlib-deflated. The codec is stored with each row, so a store reads rows written with or without compression.
 *
 * <pre>{@code {"symbol":{"library":"Device","name":"R"},"footprints":[{"library":"Resistor_SMD","name":"R_0603"}],
 *  "confidence":1.0,"rule":"preserve","evidence":["…"],"problems":[]}}</pre>
 * {@code symbol} is {@code null} when the decision has none.
 */
final class DecisionCodec {

    /** Plain JSON. */
    static final int JSON = 0;
    /** zlib-deflated JSON. */
    static final int DEFLATED_JSON = 1;

    private static final ObjectMapper JSON_MAPPER = new ObjectMapper();

    record StoredId(String library, String name) {
    }

    record StoredDecision(StoredId symbol, List<StoredId> footprints, double confidence, String rule,
                          List<String> evidence, List<String> problems) {
    }

    /** Bytes ready to store, with the codec that reads them. */
    record Encoded(int codec, byte[] payload) {
    }

    private DecisionCodec() {
    }

    static Encoded encode(MappingDecision decision, boolean compress) {
        StoredDecision stored = new StoredDecision(decision.symbol().map(DecisionCodec::stored).orElse(null),
                decision.footprints().stream().map(DecisionCodec::stored).toList(), decision.confidence(),
                decision.rule(), decision.evidence(), decision.problems());
        byte[] json;
        try {
            json = JSON_MAPPER.writeValueAsBytes(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a mapping decision: " + e.getMessage(), e);
        }
        if (!compress) {
            return new Encoded(JSON, json);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(json.length / 2 + 16);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, deflater)) {
            out.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return new Encoded(DEFLATED_JSON, bytes.toByteArray());
    }

    /**
     * Reads a stored row.
     *
     * @throws IOException for an unknown codec or bytes that are not a valid decision
     */
    static MappingDecision decode(int codec, byte[] payload) throws IOException {
        InputStream in = switch (codec) {
            case JSON -> new ByteArrayInputStream(payload);
            case DEFLATED_JSON -> new InflaterInputStream(new ByteArrayInputStream(payload));
            default -> throw new IOException("unknown codec " + codec);
        };
        try (in) {
            StoredDecision stored = JSON_MAPPER.readValue(in, StoredDecision.class);
            if (stored == null || stored.footprints() == null || stored.evidence() == null || stored.problems() == null) {
                throw new IOException("incomplete decision");
            }
            return new MappingDecision(Optional.ofNullable(stored.symbol()).map(DecisionCodec::id),
                    stored.footprints().stream().map(DecisionCodec::id).toList(), stored.confidence(), stored.rule(),
                    stored.evidence(), stored.problems());
        } catch (JsonProcessingException e) {
            throw new IOException("not a decision in JSON: " + e.getOriginalMessage(), e);
        } catch (RuntimeException e) {
            throw new IOException("not a valid decision: " + e.getMessage(), e);
        }
    }

    private static StoredId stored(KicadLibId id) {
        return new StoredId(id.library(), id.name());
    }

    private static KicadLibId id(StoredId id) {
        return new KicadLibId(id.library(), id.name());
    }
}
