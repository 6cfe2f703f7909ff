package io.github.altium2kicad.testkit.altium;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@code .SchLib} or {@code .PcbLib} written by {@link SchLibComposer} or {@link PcbLibComposer}.
 *
 * @param file    the file written
 * @param kind    what it holds
 * @param entries its symbols or footprints, in the order added
 */
public record ComposedLibrary(Path file, Kind kind, List<ComposedEntry> entries) {

    /** Symbols or footprints. */
    public enum Kind { SCHLIB, PCBLIB }

    public ComposedLibrary {
        entries = List.copyOf(entries);
    }

    /** The names KiCad 9 lists for this file, in the order added. */
    public List<String> kicadNames() {
        return entries.stream().map(ComposedEntry::kicadName).toList();
    }

    /**
     * The entry KiCad 9 loads for a reference to {@code name}: KiCad looks names up ignoring case, and for symbols
     * under the storage name ({@code /} as {@code _}, cut to 31 characters). Empty if KiCad finds nothing.
     */
    public Optional<ComposedEntry> lookup(String name) {
        String wanted = (kind == Kind.SCHLIB ? FixtureFiles.storageName(name.strip()) : name.strip())
                .toUpperCase(Locale.ROOT);
        return entries.stream().filter(e -> e.kicadName().toUpperCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
