package io.github.altium2kicad.core.internal.writer;

import io.github.altium2kicad.api.LibraryNotice;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.core.altium.AltiumLibraryContents;
import io.github.altium2kicad.core.altium.AltiumReferenceFinding;
import io.github.altium2kicad.core.mapping.AltiumLibraries;
import io.github.altium2kicad.core.internal.source.sqlite.SqlIdentifier;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@link LibraryNotice}s of a migration, counted on the written KiCad database (so that both write paths, and
 * incremental runs, count alike): every missing or unreadable Altium library file with the parts whose symbol or
 * footprint column names it, and every name written as KiCad lists it with the parts that carry the written name.
 */
public final class LibraryNotices {

    /** How many example parts a notice names. */
    public static final int EXAMPLES = 3;
    private static final int TRIED_PATHS_SHOWN = 3;

    private LibraryNotices() {
    }

    /** What the written parts use: per library id, and per nickname. */
    private static final class Usage {
        final Map<String, Uses> byLibId = new HashMap<>();
        final Map<String, Uses> byNickname = new HashMap<>();
    }

    private static final class Uses {
        long parts;
        final Set<String> examples = new LinkedHashSet<>();

        void add(long n, String example) {
            parts += n;
            if (examples.size() < EXAMPLES && example != null) {
                examples.add(example);
            }
        }
    }

    /**
     * Counts and lists the notices.
     *
     * @param database    the written KiCad database (closed by its writer)
     * @param nameChanges  the {@link AltiumReferenceFinding.Kind#NAME_CHANGED} findings of the run (distinct)
     * @param missingNames the {@code MISSING_SYMBOL}/{@code MISSING_FOOTPRINT} findings of the run (distinct)
     */
    public static List<LibraryNotice> collect(Path database, List<OutputTable> tables, AltiumLibraries catalog,
                                              Collection<AltiumReferenceFinding> nameChanges,
                                              Collection<AltiumReferenceFinding> missingNames) {
        return collect(database, tables, catalog, nameChanges, missingNames, NativeLibraryRows.none());
    }

    /**
     * As above, for a run whose references were rewritten to native libraries: each rewritten id counts as the Altium
     * id it replaced ({@code natives}), so every notice counts the same parts as without native libraries.
     */
    public static List<LibraryNotice> collect(Path database, List<OutputTable> tables, AltiumLibraries catalog,
                                              Collection<AltiumReferenceFinding> nameChanges,
                                              Collection<AltiumReferenceFinding> missingNames, NativeLibraryRows natives) {
        Usage symbols = new Usage();
        Usage footprints = new Usage();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath())) {
            for (OutputTable t : tables) {
                count(c, t, t.plan().symbolColumn(), false, symbols, natives.altiumSymbolIds());
                count(c, t, t.plan().footprintsColumn(), true, footprints, natives.altiumFootprintIds());
            }
        } catch (SQLException e) {
            throw MigrationException.failure("Cannot count the library references in " + database + ": " + e.getMessage(), e);
        }
        List<LibraryNotice> notices = new ArrayList<>();
        files(catalog, catalog.symbolLibraries(), "symbol", symbols, notices);
        files(catalog, catalog.footprintLibraries(), "footprint", footprints, notices);
        names(LibraryNotice.Kind.NAME_CHANGED, nameChanges, catalog, symbols, footprints, notices);
        names(LibraryNotice.Kind.MISSING_NAME, missingNames, catalog, symbols, footprints, notices);
        // per kind, the ones that concern most parts first
        notices.sort(java.util.Comparator.comparing(LibraryNotice::kind).thenComparing(LibraryNotice::parts, java.util.Comparator.reverseOrder())
                .thenComparing(LibraryNotice::reference).thenComparing(LibraryNotice::nickname).thenComparing(LibraryNotice::name));
        return notices;
    }

    /** One notice per distinct name that written parts carry (a part mapped to KiCad's own libraries does not). */
    private static void names(LibraryNotice.Kind kind, Collection<AltiumReferenceFinding> findings, AltiumLibraries catalog,
                              Usage symbols, Usage footprints, List<LibraryNotice> notices) {
        Set<String> seen = new java.util.HashSet<>();
        for (AltiumReferenceFinding f : findings) {
            String what = f.isSymbol() ? "symbol" : "footprint";
            Optional<String> nickname = f.isSymbol() ? catalog.symbolLibraryNickname(f.libraryPath())
                    : catalog.footprintLibraryNickname(f.libraryPath());
            if (nickname.isEmpty()) {
                continue;
            }
            String libId = nickname.get() + ":" + f.writtenAs();
            Uses uses = (f.isSymbol() ? symbols : footprints).byLibId.get(libId);
            if (uses == null || !seen.add(what + "\u0000" + nickname.get() + "\u0000" + f.name())) {
                continue; // not written (the part was mapped to KiCad's own libraries), or listed already
            }
            String message = kind == LibraryNotice.Kind.MISSING_NAME ? f.message() + " (in any letter case); KiCad cannot load "
                    + "the parts that use it. Correct the name in the database, or add the " + what + " to the library."
                    : f.message();
            notices.add(new LibraryNotice(kind, what, f.libraryPath(), nickname.get(), f.name(), f.writtenAs(), uses.parts,
                    List.copyOf(uses.examples), message));
        }
    }

    private static void files(AltiumLibraries catalog, List<AltiumLibraries.Library> libraries, String what, Usage usage,
                              List<LibraryNotice> out) {
        for (AltiumLibraries.Library lib : libraries) {
            Uses uses = usage.byNickname.get(lib.nickname());
            long parts = uses == null ? 0 : uses.parts;
            List<String> examples = uses == null ? List.of() : List.copyOf(uses.examples);
            if (parts == 0) {
                continue; // no written part refers to it (all were mapped to KiCad's own libraries): nothing to load
            }
            if (!lib.found()) {
                String tried = lib.tried().stream().limit(TRIED_PATHS_SHOWN).map(Path::toString).collect(Collectors.joining(", "));
                out.add(new LibraryNotice(LibraryNotice.Kind.MISSING_LIBRARY, what, lib.pathAsWritten(), lib.nickname(), "", "",
                        parts, examples, what + " library '" + lib.pathAsWritten() + "' was not found (looked in " + tried
                        + (lib.tried().size() > TRIED_PATHS_SHOWN ? ", …" : "") + "); KiCad cannot load the " + parts
                        + " parts that use it and no lib-table row was written for it. Put the file where the database "
                        + "says (a relative path is resolved next to the DbLib), or add its folder to the DbLib's LibrarySearchPath "
                        + "(Altium: Database Library Options, Library Search Path), and migrate again."));
                continue;
            }
            AltiumLibraryContents contents = catalog.contents(lib.file());
            if (contents.status() == AltiumLibraryContents.Status.UNREADABLE) {
                out.add(new LibraryNotice(LibraryNotice.Kind.UNREADABLE_LIBRARY, what, lib.pathAsWritten(), lib.nickname(), "", "",
                        parts, examples, what + " library " + lib.file() + " cannot be read (" + contents.reason()
                        + "); KiCad cannot load the " + parts + " parts that use it. Open and save it again in Altium "
                        + "Designer, or replace it with a good copy, and migrate again."));
            }
        }
    }

    private static void count(Connection c, OutputTable t, String column, boolean multiple, Usage usage,
                              Map<String, String> altiumIds) throws SQLException {
        String table = SqlIdentifier.quote(t.plan().altiumTable());
        String col = SqlIdentifier.quote(column);
        String key = SqlIdentifier.quote(t.plan().keyColumn());
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + col + ", count(*), min(" + key + ") FROM " + table + " WHERE " + col
                     + " IS NOT NULL GROUP BY " + col)) {
            while (rs.next()) {
                String value = rs.getString(1);
                long n = rs.getLong(2);
                String example = t.dbLibName() + "/" + rs.getString(3);
                Set<String> nicknames = new LinkedHashSet<>();
                for (String written : multiple ? value.split(";") : new String[] {value}) {
                    String libId = altiumIds.getOrDefault(written, written);
                    int colon = libId.indexOf(':');
                    if (colon > 0) {
                        usage.byLibId.computeIfAbsent(libId, k -> new Uses()).add(n, example);
                        nicknames.add(libId.substring(0, colon));
                    }
                }
                nicknames.forEach(nick -> usage.byNickname.computeIfAbsent(nick, k -> new Uses()).add(n, example));
            }
        }
    }
}
