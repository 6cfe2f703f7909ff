package io.github.altium2kicad.core.internal.writer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code .kicad_dbl} file KiCad 7+ reads (format from KiCad's {@code database_lib_settings.cpp}): a name, a
 * description, an ODBC connection string and one library per Altium table with its key, symbol and footprints
 * columns, fields and properties. The one model of the file: the SQLite output writes it, incremental runs read the
 * tables of the previous one.
 *
 * @param name             the library's name shown in KiCad
 * @param description      a one-line description
 * @param connectionString the ODBC connection string (no secrets)
 * @param libraries        one KiCad library per plan
 */
public record KicadDbl(String name, String description, String connectionString, List<KicadTablePlan> libraries) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public KicadDbl {
        libraries = List.copyOf(libraries);
    }

    /**
     * The library of a SQLite output: a connection string that uses {@code ${CWD}} (the {@code .kicad_dbl}'s folder)
     * so the output folder can be moved.
     */
    public static KicadDbl forSqlite(String name, String description, String odbcDriver, String databaseFileName,
                                     List<KicadTablePlan> libraries) {
        return new KicadDbl(name, description, connectionString(odbcDriver, databaseFileName), libraries);
    }

    /**
     * The tables the {@code .kicad_dbl} at {@code file} lists, in file order.
     *
     * @throws IOException if it cannot be read
     */
    public static List<String> tables(Path file) throws IOException {
        List<String> tables = new ArrayList<>();
        JSON.readTree(file.toFile()).path("libraries").forEach(lib -> tables.add(lib.path("table").asText()));
        return tables;
    }

    /**
     * The ODBC connection string KiCad uses to open the SQLite file {@code databaseFileName} next to the
     * {@code .kicad_dbl}.
     */
    public static String connectionString(String odbcDriver, String databaseFileName) {
        return "Driver={" + odbcDriver + "};Database=${CWD}/" + databaseFileName;
    }

    /** Writes this library to {@code file}. */
    public void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("meta").put("version", 1);
        root.put("name", name);
        root.put("description", description);
        ObjectNode source = root.putObject("source");
        source.put("type", "odbc");
        source.put("dsn", "");
        source.put("username", "");
        source.put("password", "");
        source.put("timeout_seconds", 2);
        source.put("connection_string", connectionString);
        ObjectNode cache = root.putObject("cache");
        cache.put("max_size", 256);
        cache.put("max_age", 10);
        ArrayNode libs = root.putArray("libraries");
        for (KicadTablePlan plan : libraries) {
            ObjectNode lib = libs.addObject();
            lib.put("name", plan.libraryName());
            lib.put("table", plan.altiumTable());
            lib.put("key", plan.keyColumn());
            lib.put("symbols", plan.symbolColumn());
            lib.put("footprints", plan.footprintsColumn());
            ArrayNode fields = lib.putArray("fields");
            for (DblField field : plan.fields()) {
                ObjectNode f = fields.addObject();
                f.put("column", field.column());
                f.put("name", field.name());
                f.put("visible_on_add", field.visibleOnAdd());
                f.put("visible_in_chooser", field.visibleInChooser());
                f.put("show_name", false);
                f.put("inherit_properties", false);
            }
            ObjectNode properties = lib.putObject("properties");
            plan.descriptionColumn().ifPresent(c -> properties.put("description", c));
            plan.keywordsColumn().ifPresent(c -> properties.put("keywords", c));
        }
        JSON.writeValue(file.toFile(), root);
    }
}
