package io.github.altium2kicad.testkit.altium;

import java.nio.file.Path;
import java.util.List;

/**
 * A {@code .SchLib} or {@code .PcbLib} written by {@link SchLibComposer} or {@link PcbLibComposer}.
 *
 * @param file    the file written
 * @param entries its symbols or footprints, in the order added
 */
public record ComposedLibrary(Path file, List<ComposedEntry> entries) {

    public ComposedLibrary {
        entries = List.copyOf(entries);
    }

    /** The names KiCad 9 lists for this file, in the order added. */
    public List<String> kicadNames() {
        return entries.stream().map(ComposedEntry::kicadName).toList();
    }
}
