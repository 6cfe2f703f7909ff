package io.github.altium2kicad.readers.output.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.output.KicadDblLibrary;
import io.github.altium2kicad.api.output.PublishedLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An output an earlier run wrote, read back from its {@code .kicad_dbl} file: what
 * {@link ServerPublisher#publish(io.github.altium2kicad.api.MigrationResult, String, java.util.Optional,
 * java.util.Optional, ServerOptions)} publishes. (A run's own publishers get the engine's {@code .kicad_dbl} model
 * instead of this file.) The server copy keeps every library and field of the file, with another ODBC connection
 * string and empty {@code dsn}, {@code username} and {@code password}.
 */
final class ServerKicadDbl implements PublishedLibrary {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Path database;
    private final ObjectNode root;
    private final List<KicadDblLibrary> libraries;

    private ServerKicadDbl(Path file, Path database, ObjectNode root, List<KicadDblLibrary> libraries) {
        this.file = file;
        this.database = database;
        this.root = root;
        this.libraries = libraries;
    }

    /**
     * Reads {@code file}.
     *
     * @throws MigrationException (bad input) if it cannot be read or lacks a library's table, key, symbols or
     *                            footprints
     */
    static ServerKicadDbl read(Path file, Path database) {
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
        return new ServerKicadDbl(file, database, root, List.copyOf(libraries));
    }

    private static String text(Path file, JsonNode library, String field) {
        JsonNode value = library.path(field);
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw MigrationException.badInput(file + ": library '" + library.path("name").asText("?") + "' has no '" + field + "'.");
        }
        return value.asText();
    }

    @Override
    public Path outputDirectory() {
        return file.toAbsolutePath().getParent();
    }

    @Override
    public Path kicadDbl() {
        return file;
    }

    @Override
    public Path database() {
        return database;
    }

    @Override
    public List<KicadDblLibrary> libraries() {
        return libraries;
    }

    @Override
    public void writeKicadDbl(Path target, String description, String connectionString) {
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
