package io.github.altium2kicad.core.internal.nativelib;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code native-libraries.json} in the output folder: every used Altium library file, the native library it was
 * converted into, with the file's size, time and SHA-256 at conversion, the converter's version, counts and 3D models
 * kept or dropped, or why it failed. It is both the record of what KiCad's converter did and what an incremental run
 * reads to convert only the files that changed: the manifest travels with the converted libraries it describes (a
 * run's output folder is published whole), so it can never describe files that are not there.
 */
final class NativeLibraryManifest {

    /** The manifest's file name in the output folder. */
    static final String FILE_NAME = "native-libraries.json";
    private static final int VERSION = 1;
    private static final Logger LOG = LoggerFactory.getLogger(NativeLibraryManifest.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private NativeLibraryManifest() {
    }

    /** The conversions a previous run recorded in {@code folder}; none if it has no (readable) manifest. */
    static List<LibraryConversion> read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        List<LibraryConversion> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root.path("version").asInt() != VERSION) {
                return out;
            }
            for (JsonNode lib : root.path("libraries")) {
                out.add(new LibraryConversion(NativeLibraryKind.valueOf(lib.path("kind").asText().toUpperCase(Locale.ROOT)),
                        lib.path("nickname").asText(), Path.of(lib.path("source").asText()), lib.path("output").asText(),
                        new SourceFingerprint(lib.path("size").asLong(), lib.path("modified").asLong(), lib.path("sha256").asText()),
                        lib.path("converter").asText(),
                        LibraryConversion.Status.valueOf(lib.path("status").asText().toUpperCase(Locale.ROOT)),
                        lib.path("seconds").asDouble(), lib.path("items").asInt(), lib.path("models_kept").asInt(),
                        lib.path("models_not_found").asInt(), lib.path("failure").asText("")));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read {} ({}): every used library is converted again", file, e.toString());
            return new ArrayList<>();
        }
        return out;
    }

    /** Writes {@code conversions} to {@code folder}. */
    static void write(Path folder, List<LibraryConversion> conversions) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        ArrayNode libraries = root.putArray("libraries");
        for (LibraryConversion c : conversions) {
            ObjectNode lib = libraries.addObject();
            lib.put("kind", c.kind().jsonName());
            lib.put("nickname", c.nickname());
            lib.put("source", c.source().toString());
            lib.put("output", c.output());
            lib.put("status", c.status().jsonName());
            lib.put("converter", c.converter());
            lib.put("size", c.fingerprint().size());
            lib.put("modified", c.fingerprint().modified());
            lib.put("sha256", c.fingerprint().sha256());
            lib.put("seconds", Math.round(c.seconds() * 1000) / 1000.0);
            lib.put("items", c.items());
            lib.put("models_kept", c.modelsKept());
            lib.put("models_not_found", c.modelsNotFound());
            if (!c.failure().isEmpty()) {
                lib.put("failure", c.failure());
            }
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve(FILE_NAME).toFile(), root);
    }
}
