package io.github.altium2kicad.core.internal.nativelib;

import io.github.altium2kicad.core.kicad.index.KicadLibraryScanner;
import io.github.altium2kicad.core.kicad.index.KicadSymbol;
import io.github.altium2kicad.core.kicad.index.SExpressionTokenizer;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The names in a library KiCad's converter wrote, read back from the files: for a {@code .kicad_sym} the symbol
 * names; for a {@code .pretty} folder, per footprint, the name it declares inside ({@code (footprint "SOT-23/SC-59"}:
 * the Altium name) and the file it is in, whose name is the one KiCad lists ({@code SOT-23_SC-59}). Immutable.
 *
 * <p>{@link #find} answers the name KiCad lists for an Altium name: the exact one, else the only one that differs
 * from it in letter case alone (Altium and KiCad's Altium plugin compare names ignoring case). A footprint the
 * converter wrote over (two Altium names that give one file name) is not found under the name that lost.
 */
final class ConvertedNames {

    private static final String FOOTPRINT_SUFFIX = ".kicad_mod";

    /** Altium name (as declared in the converted library) → name KiCad lists. */
    private final Map<String, String> listed;
    private final Map<String, Optional<String>> byLowerCase = new HashMap<>();
    private final int models;

    private ConvertedNames(Map<String, String> listed, int models) {
        this.listed = Map.copyOf(listed);
        this.models = models;
        listed.forEach((declared, name) -> byLowerCase.merge(declared.toLowerCase(Locale.ROOT), Optional.of(name),
                (a, b) -> a.equals(b) ? a : Optional.empty()));
    }

    /** Reads the converted library {@code library} of kind {@code kind}. */
    static ConvertedNames read(NativeLibraryKind kind, Path library) throws IOException {
        Map<String, String> listed = new TreeMap<>();
        if (kind == NativeLibraryKind.SYMBOLS) {
            for (KicadSymbol symbol : new KicadLibraryScanner().scanSymbolLibrary("converted", library)) {
                listed.put(symbol.id().name(), symbol.id().name());
            }
            return new ConvertedNames(listed, 0);
        }
        int models = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(library, "*" + FOOTPRINT_SUFFIX)) {
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                String stem = fileName.substring(0, fileName.length() - FOOTPRINT_SUFFIX.length());
                Declared declared = declared(file);
                listed.put(declared.name().orElse(stem), stem);
                models += declared.models();
            }
        }
        return new ConvertedNames(listed, models);
    }

    /** What one {@code .kicad_mod} declares: its name, and how many 3D models it references. */
    private record Declared(Optional<String> name, int models) {
    }

    private static Declared declared(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            SExpressionTokenizer tokens = new SExpressionTokenizer(reader);
            Optional<String> name = Optional.empty();
            if (tokens.next() == SExpressionTokenizer.Token.OPEN && tokens.next() == SExpressionTokenizer.Token.ATOM
                    && (tokens.textEquals("footprint") || tokens.textEquals("module"))) {
                SExpressionTokenizer.Token token = tokens.next();
                if (token == SExpressionTokenizer.Token.STRING || token == SExpressionTokenizer.Token.ATOM) {
                    name = Optional.of(tokens.text());
                }
            }
            int models = 0;
            for (SExpressionTokenizer.Token token = tokens.next(); token != SExpressionTokenizer.Token.END; token = tokens.next()) {
                if (token == SExpressionTokenizer.Token.OPEN && tokens.depth() == 2
                        && tokens.next() == SExpressionTokenizer.Token.ATOM && tokens.textEquals("model")) {
                    models++;
                }
            }
            return new Declared(name, models);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The name KiCad lists for the Altium name {@code name}, if the converted library holds it: as written, else as
     * KiCad's converter escapes it, each compared exactly, then ignoring case.
     */
    Optional<String> find(String name) {
        for (String candidate : List.of(name, escaped(name))) {
            String exact = listed.get(candidate);
            if (exact != null) {
                return Optional.of(exact);
            }
        }
        for (String candidate : List.of(name, escaped(name))) {
            Optional<String> folded = byLowerCase.getOrDefault(candidate.toLowerCase(Locale.ROOT), Optional.empty());
            if (folded.isPresent()) {
                return folded;
            }
        }
        return Optional.empty();
    }

    /**
     * {@code name} as KiCad's Altium importer writes a footprint name that a KiCad name cannot hold (measured with
     * kicad-cli 9.0.8: {@code R:0603} becomes {@code R{colon}0603}, in the file and in its name); {@code / * ?} are
     * kept in the name and become {@code _} only in the file name, which {@link #read} pairs with it.
     */
    static String escaped(String name) {
        return name.replace("\\", "{backslash}").replace(":", "{colon}").replace("\"", "{dblquote}")
                .replace("<", "{lt}").replace(">", "{gt}");
    }

    /** How many symbols or footprints the library holds. */
    int size() {
        return listed.size();
    }

    /** The 3D models the converted footprints reference (embedded or by path); 0 for symbols. */
    int models() {
        return models;
    }
}
