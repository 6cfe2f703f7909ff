package io.github.altium2kicad.readers.output.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.altium2kicad.api.MigrationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code .kicad_dbl} of a migration, read to learn its libraries and rewritten for a server: the same libraries
 * and fields, another ODBC connection string, and empty {@code dsn}, {@code username} and {@code password} (each KiCad
 * user gives their own login in a DSN or in those fields).
 */
final class ServerKicadDbl {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final ObjectNode root;
    private final List<KicadDblLibrary> libraries;

    private ServerKicadDbl(Path file, ObjectNode root, List<KicadDblLibrary> libraries) {
        this.file = file;
        this.root = root;
        this.libraries = libraries;
    }

    /**
     * Reads {@code file}.
     *
     * @throws MigrationException (bad input) if it cannot be read or lacks a library's table, key, symbols or
     *                            footprints
     */
    static ServerKicadDbl read(Path file) {
        JsonNode tree;
        try {
            tree = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw MigrationException.badInput("Cannot read the KiCad database library " + file + ": " + e.getMessage(), e);
        }
        if (!(tree instanceof ObjectNode root) || !tree.path("libraries").isArray()) {
            throw MigrationException.badInput(file + " is not a KiCad database library: it has no 'libraries' list.");
        }
        List<KicadDblLibrary> libraries = new ArrayList<>();
        Set<String> tables = new LinkedHashSet<>();
        for (JsonNode lib : tree.path("libraries")) {
            KicadDblLibrary library = new KicadDblLibrary(text(file, lib, "name"), text(file, lib, "table"),
                    text(file, lib, "key"), text(file, lib, "symbols"), text(file, lib, "footprints"));
            if (tables.add(library.table())) {
                libraries.add(library);
            }
        }
        return new ServerKicadDbl(file, root, List.copyOf(libraries));
    }

    private static String text(Path file, JsonNode library, String field) {
        JsonNode value = library.path(field);
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw MigrationException.badInput(file + ": library '" + library.path("name").asText("?") + "' has no '" + field + "'.");
        }
        return value.asText();
    }

    /** The libraries, one per table, in file order. */
    List<KicadDblLibrary> libraries() {
        return libraries;
    }

    /** {@code <name>-<suffix>.kicad_dbl} next to this file. */
    Path sibling(String suffix) {
        String name = file.getFileName().toString();
        String stem = name.endsWith(".kicad_dbl") ? name.substring(0, name.length() - ".kicad_dbl".length()) : name;
        return file.resolveSibling(stem + "-" + suffix + ".kicad_dbl");
    }

    /**
     * Writes a copy of this file to {@code target} with {@code connectionString} and no login, replacing it atomically.
     *
     * @param description the new description (names the server)
     */
    void writeFor(Path target, String connectionString, String description) {
        ObjectNode copy = root.deepCopy();
        copy.put("description", description);
        ObjectNode source = copy.withObjectProperty("source");
        source.put("type", "odbc");
        source.put("dsn", "");
        source.put("username", "");
        source.put("password", "");
        source.put("connection_string", connectionString);
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            JSON.writeValue(temp.toFile(), copy);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw MigrationException.failure("Cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // best effort
            }
        }
    }
}
