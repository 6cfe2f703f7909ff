package io.github.altium2kicad.core.verify;

import io.github.altium2kicad.core.kicad.index.KicadLibraryScanner;
import io.github.altium2kicad.core.kicad.index.KicadSymbol;
import io.github.altium2kicad.core.kicad.index.LibTableEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How many pins the symbols KiCad loads have. ERC's library check cannot tell an empty symbol from a full one, so
 * the libraries are read as KiCad reads them: an {@code Altium} library through KiCad's own importer
 * ({@code kicad-cli sym upgrade}), names compared ignoring case as KiCad's Altium plugin does; a {@code KiCad}
 * library directly, names compared exactly. Each library is read once.
 */
final class SymbolPins {

    private final ProbeProject project;
    private final KicadLibraryScanner scanner = new KicadLibraryScanner();
    private final Map<String, Optional<Map<String, Integer>>> libraries = new HashMap<>();

    SymbolPins(ProbeProject project) {
        this.project = project;
    }

    /** The pin count of {@code Nickname:Name}, or empty when it cannot be told (unknown library type, unreadable). */
    synchronized OptionalInt pins(String libId) throws IOException {
        int colon = libId.indexOf(':');
        if (colon < 0) {
            return OptionalInt.empty();
        }
        String nickname = libId.substring(0, colon);
        String name = libId.substring(colon + 1);
        Optional<LibTableEntry> row = project.symbolRow(nickname);
        if (row.isEmpty()) {
            return OptionalInt.empty();
        }
        boolean altium = row.get().type().equalsIgnoreCase("Altium");
        Optional<Map<String, Integer>> symbols = libraries.get(nickname);
        if (symbols == null) {
            symbols = read(row.get(), altium);
            libraries.put(nickname, symbols);
        }
        Integer count = symbols.map(s -> s.get(altium ? name.toLowerCase(Locale.ROOT) : name)).orElse(null);
        return count == null ? OptionalInt.empty() : OptionalInt.of(count);
    }

    private Optional<Map<String, Integer>> read(LibTableEntry row, boolean altium) throws IOException {
        Optional<Path> file = project.resolve(row);
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return Optional.empty();
        }
        Path kicadSym;
        if (altium) {
            Optional<Path> imported = project.importSymbolLibrary(file.get(), row.name());
            if (imported.isEmpty()) {
                return Optional.empty();
            }
            kicadSym = imported.get();
        } else if (row.type().equalsIgnoreCase("KiCad")) {
            kicadSym = file.get();
        } else {
            return Optional.empty();
        }
        Map<String, Integer> pins = new HashMap<>();
        for (KicadSymbol s : scanner.scanSymbolLibrary(row.name(), kicadSym)) {
            pins.put(altium ? s.id().name().toLowerCase(Locale.ROOT) : s.id().name(), s.pinCount());
        }
        if (altium) {
            Files.deleteIfExists(kicadSym);
        }
        return Optional.of(pins);
    }
}
