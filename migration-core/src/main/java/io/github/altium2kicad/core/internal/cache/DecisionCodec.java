package io.github.altium2kicad.core.internal.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.core.internal.codec.Utf8Strings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * Turns a {@link MappingDecision} into the bytes of a cache row and back. New rows are written {@link #BINARY}
 * (optionally zlib-deflated): a compact form that costs a fraction of JSON to write and read, which mattered because
 * every decision of a first run is encoded and every decision of a re-run decoded. Rows written as JSON by earlier
 * versions ({@link #JSON}, {@link #DEFLATED_JSON}) are still read. The codec is stored with each row, so a store
 * reads rows written with or without compression.
 *
 * <p>Binary form (big-endian, {@link DataOutputStream}): a byte 1/0 for whether there is a symbol, then its library
 * and name; the number of footprints (int), then each footprint's library and name; the confidence (double); the
 * rule; the number of evidence lines (int) and each; the number of problems (int) and each. A string is its length in
 * UTF-8 bytes (int) and the bytes, or length -1 for {@code null}. Nothing may follow.
 *
 * <p>JSON form: <pre>{@code {"symbol":{"library":"Device","name":"R"},"footprints":[{"library":"Resistor_SMD",
 *  "name":"R_0603"}],"confidence":1.0,"rule":"preserve","evidence":["…"],"problems":[]}}</pre>
 * {@code symbol} is {@code null} when the decision has none.
 */
final class DecisionCodec {

    /** Plain JSON. */
    static final int JSON = 0;
    /** zlib-deflated JSON. */
    static final int DEFLATED_JSON = 1;
    /** The binary form (what new rows are written in). */
    static final int BINARY = 2;
    /** The zlib-deflated binary form (what new rows are written in with {@code cache_compression}). */
    static final int DEFLATED_BINARY = 3;

    private static final ObjectMapper JSON_MAPPER = new ObjectMapper();
    /** The largest count or string length a decision row may declare (a row is a few hundred bytes). */

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
        byte[] plain = binary(decision);
        if (!compress) {
            return new Encoded(BINARY, plain);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(plain.length / 2 + 16);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, deflater)) {
            out.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return new Encoded(DEFLATED_BINARY, bytes.toByteArray());
    }

    /** The JSON form, as earlier versions wrote it (kept so that tests can write such rows). */
    static Encoded encodeJson(MappingDecision decision) {
        StoredDecision stored = new StoredDecision(decision.symbol().map(DecisionCodec::stored).orElse(null),
                decision.footprints().stream().map(DecisionCodec::stored).toList(), decision.confidence(),
                decision.rule(), decision.evidence(), decision.problems());
        try {
            return new Encoded(JSON, JSON_MAPPER.writeValueAsBytes(stored));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a mapping decision: " + e.getMessage(), e);
        }
    }

    private static byte[] binary(MappingDecision decision) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeBoolean(decision.symbol().isPresent());
            if (decision.symbol().isPresent()) {
                writeId(out, decision.symbol().get());
            }
            out.writeInt(decision.footprints().size());
            for (KicadLibId footprint : decision.footprints()) {
                writeId(out, footprint);
            }
            out.writeDouble(decision.confidence());
            Utf8Strings.write(out, decision.rule());
            Utf8Strings.writeAll(out, decision.evidence());
            Utf8Strings.writeAll(out, decision.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    private static void writeId(DataOutputStream out, KicadLibId id) throws IOException {
        Utf8Strings.write(out, id.library());
        Utf8Strings.write(out, id.name());
    }

    /**
     * Reads a stored row.
     *
     * @throws IOException for an unknown codec or bytes that are not a valid decision
     */
    static MappingDecision decode(int codec, byte[] payload) throws IOException {
        return switch (codec) {
            case JSON -> decodeJson(new ByteArrayInputStream(payload));
            case DEFLATED_JSON -> decodeJson(new InflaterInputStream(new ByteArrayInputStream(payload)));
            case BINARY -> decodeBinary(new ByteArrayInputStream(payload));
            case DEFLATED_BINARY -> decodeBinary(new InflaterInputStream(new ByteArrayInputStream(payload)));
            default -> throw new IOException("unknown codec " + codec);
        };
    }

    private static MappingDecision decodeBinary(InputStream bytes) throws IOException {
        try (DataInputStream in = new DataInputStream(bytes)) {
            Optional<KicadLibId> symbol = in.readBoolean() ? Optional.of(readId(in)) : Optional.empty();
            int count = Utf8Strings.readCount(in);
            List<KicadLibId> footprints = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                footprints.add(readId(in));
            }
            double confidence = in.readDouble();
            String rule = Utf8Strings.read(in);
            List<String> evidence = Utf8Strings.readAll(in);
            List<String> problems = Utf8Strings.readAll(in);
            if (in.read() != -1) {
                throw new IOException("bytes after the end of a decision");
            }
            return new MappingDecision(symbol, footprints, confidence, rule, evidence, problems);
        } catch (EOFException e) {
            throw new IOException("truncated decision", e);
        } catch (RuntimeException e) {
            throw new IOException("not a valid decision: " + e.getMessage(), e);
        }
    }

    private static KicadLibId readId(DataInputStream in) throws IOException {
        return new KicadLibId(Utf8Strings.read(in), Utf8Strings.read(in));
    }

    private static MappingDecision decodeJson(InputStream json) throws IOException {
        try (InputStream in = json) {
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
