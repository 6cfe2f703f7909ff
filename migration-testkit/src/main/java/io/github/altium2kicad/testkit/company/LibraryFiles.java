package io.github.altium2kicad.testkit.company;

import io.github.altium2kicad.testkit.altium.ComposedLibrary;
import io.github.altium2kicad.testkit.altium.FixtureFootprint;
import io.github.altium2kicad.testkit.altium.LandPattern;
import io.github.altium2kicad.testkit.altium.FixtureSymbol;
import io.github.altium2kicad.testkit.altium.PcbLibComposer;
import io.github.altium2kicad.testkit.altium.SchLibComposer;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@code .SchLib}/{@code .PcbLib} files of one company library folder, by path relative to the folder, and how
 * a path as written in the database ({@code Symbols\Passives.SCHLIB}, {@code G:\Libraries\ACME\Footprints\X.PcbLib})
 * reaches them. Files listed as missing are referenced by rows but never written.
 */
final class LibraryFiles {

    private final Charset ansi;
    private final Set<String> windowsRoots;
    private final Map<String, SchLibComposer> symbols = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, PcbLibComposer> footprints = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Set<String> missing = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, ComposedLibrary> written = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    /**
     * @param ansi         the code page the files are written in
     * @param windowsRoots absolute folders ({@code G:\Libraries\ACME\}) that stand for the library folder
     */
    LibraryFiles(Charset ansi, Set<String> windowsRoots) {
        this.ansi = ansi;
        this.windowsRoots = windowsRoots;
    }

    /** Marks a file as referenced but absent. */
    void markMissing(String databasePath) {
        missing.add(relative(databasePath));
    }

    /** Puts symbol {@code name} into the file {@code databasePath} reaches (unless that file is marked missing). */
    void symbol(String databasePath, String name, String description, FixtureSymbol source) {
        String file = relative(databasePath);
        if (missing.contains(file)) {
            return;
        }
        SchLibComposer composer = symbols.computeIfAbsent(file, f -> new SchLibComposer(ansi));
        if (!composer.contains(name)) {
            composer.add(name, description, source);
        }
    }

    /** Puts footprint {@code name} into the file {@code databasePath} reaches (unless that file is marked missing). */
    void footprint(String databasePath, String name, String description, FixtureFootprint source) {
        footprint(databasePath, name, description, source, null);
    }

    /** As {@link #footprint(String, String, String, FixtureFootprint)}, its two pads drawn to {@code pads} if given. */
    void footprint(String databasePath, String name, String description, FixtureFootprint source, LandPattern pads) {
        String file = relative(databasePath);
        if (missing.contains(file)) {
            return;
        }
        PcbLibComposer composer = footprints.computeIfAbsent(file, f -> new PcbLibComposer(ansi));
        if (!composer.contains(name)) {
            composer.add(name, description, source, pads);
        }
    }

    /** Writes every file below {@code folder}. */
    void write(Path folder) throws IOException {
        for (Map.Entry<String, SchLibComposer> e : symbols.entrySet()) {
            written.put(e.getKey(), e.getValue().write(folder.resolve(e.getKey())));
        }
        for (Map.Entry<String, PcbLibComposer> e : footprints.entrySet()) {
            written.put(e.getKey(), e.getValue().write(folder.resolve(e.getKey())));
        }
    }

    /** The written file a database path reaches (ignoring case, as Windows does), if any. */
    Optional<ComposedLibrary> resolve(String databasePath) {
        return Optional.ofNullable(written.get(relative(databasePath)));
    }

    /** The path relative to the library folder that {@code databasePath} stands for, with {@code /}. */
    String relative(String databasePath) {
        String p = databasePath.strip();
        for (String root : windowsRoots) {
            if (p.toLowerCase(Locale.ROOT).startsWith(root.toLowerCase(Locale.ROOT))) {
                p = p.substring(root.length());
                break;
            }
        }
        return p.replace('\\', '/');
    }

    /** Every file written, by relative path. */
    Map<String, ComposedLibrary> written() {
        return written;
    }

    /** Files referenced but absent, by relative path. */
    Set<String> missing() {
        return missing;
    }
}
