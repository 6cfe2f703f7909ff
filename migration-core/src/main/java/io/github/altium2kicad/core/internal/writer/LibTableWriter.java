package io.github.altium2kicad.core.internal.writer;

import io.github.altium2kicad.api.LibraryUriStyle;
import io.github.altium2kicad.core.mapping.AltiumLibraries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes KiCad library tables ({@code sym-lib-table}, {@code fp-lib-table}) as S-expressions:
 * {@code (sym_lib_table (version 7) (lib (name "…")(type "…")(uri "…")(options "")(descr "…")))}.
 */
public final class LibTableWriter {

    /** One row of a library table. */
    public record Row(String name, String type, String uri, String description) {
    }

    private LibTableWriter() {
    }

    /**
     * Writes a table.
     *
     * @param kind {@code sym_lib_table} or {@code fp_lib_table}
     */
    public static void write(Path file, String kind, List<Row> rows) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append('(').append(kind).append('\n').append("  (version 7)\n");
        for (Row row : rows) {
            out.append("  (lib (name ").append(quote(row.name()))
                    .append(")(type ").append(quote(row.type()))
                    .append(")(uri ").append(quote(row.uri()))
                    .append(")(options \"\")(descr ").append(quote(row.description())).append("))\n");
        }
        out.append(")\n");
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    /**
     * Writes the {@code sym-lib-table} (the database library itself, then one {@code Altium} row per symbol
     * library) and the {@code fp-lib-table} (one {@code Altium Designer} row per footprint library) of a migration.
     * A library file that was not found gets no row: KiCad would only report it as missing in every project (the
     * migration's notices say which files are missing and what to do).
     *
     * @param folder  where to write the two files
     * @param name    the output name ({@code <name>.kicad_dbl})
     * @param catalog the Altium libraries the parts refer to
     * @param style   absolute or {@code ${KIPRJMOD}}-relative URIs
     * @param target  the folder the output will be published to (URIs are computed against it)
     */
    public static void writeLibraryTables(Path folder, String name, AltiumLibraries catalog, LibraryUriStyle style,
                                          Path target) throws IOException {
        writeLibraryTables(folder, name, catalog, style, target, NativeLibraryRows.none());
    }

    /**
     * As above, with the libraries converted into native KiCad libraries listed as {@code KiCad} rows under their
     * nickname (pointing into the output folder), and their Altium file, where some parts still need it, under
     * the fallback nickname of {@code natives}.
     */
    public static void writeLibraryTables(Path folder, String name, AltiumLibraries catalog, LibraryUriStyle style,
                                          Path target, NativeLibraryRows natives) throws IOException {
        List<Row> symbols = new ArrayList<>();
        symbols.add(new Row(name, "Database", uri(target.resolve(name + ".kicad_dbl"), style, target),
                "KiCad database library migrated from Altium"));
        rows(catalog.symbolLibraries(), natives.symbols(), "Altium", style, target, symbols);
        List<Row> footprints = new ArrayList<>();
        rows(catalog.footprintLibraries(), natives.footprints(), "Altium Designer", style, target, footprints);
        write(folder.resolve("sym-lib-table"), "sym_lib_table", symbols);
        write(folder.resolve("fp-lib-table"), "fp_lib_table", footprints);
    }

    private static void rows(List<AltiumLibraries.Library> libraries, java.util.Map<String, NativeLibraryRows.Converted> natives,
                             String altiumType, LibraryUriStyle style, Path target, List<Row> out) {
        for (AltiumLibraries.Library lib : libraries) {
            if (!lib.found()) {
                continue;
            }
            NativeLibraryRows.Converted converted = natives.get(lib.nickname());
            if (converted == null) {
                out.add(new Row(lib.nickname(), altiumType, uri(lib.file(), style, target), describe(lib)));
                continue;
            }
            out.add(new Row(lib.nickname(), "KiCad", uri(target.resolve(converted.relativePath()), style, target),
                    "Converted by KiCad from Altium library " + lib.pathAsWritten()));
            converted.altiumNickname().ifPresent(altium -> out.add(new Row(altium, altiumType, uri(lib.file(), style, target),
                    describe(lib) + " (for the parts whose name is not in the converted library)")));
        }
    }

    private static String uri(Path file, LibraryUriStyle style, Path target) {
        Path absolute = file.toAbsolutePath().normalize();
        if (style == LibraryUriStyle.KIPRJMOD) {
            return "${KIPRJMOD}/" + target.relativize(absolute).toString().replace('\\', '/');
        }
        return absolute.toString();
    }

    private static String describe(AltiumLibraries.Library lib) {
        return "Altium library " + lib.pathAsWritten();
    }

    /** A KiCad S-expression string: double-quoted, with {@code \} and {@code "} escaped. */
    static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
