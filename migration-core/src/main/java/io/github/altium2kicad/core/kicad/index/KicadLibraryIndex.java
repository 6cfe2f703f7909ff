package io.github.altium2kicad.core.kicad.index;

import io.github.altium2kicad.api.mapping.KicadLibId;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * An immutable index of KiCad symbols and footprints by {@code Library:Name}, with what a mapping rule needs to
 * check a choice: a symbol's pin count and reference prefix, a footprint's pad count and mount.
 *
 * <p>Build one with {@link #bundledStandard()} (KiCad 6's standard libraries, shipped with altium2kicad), with
 * {@link KicadLibraryScanner} (a KiCad installation or a user's library tables), or with {@link #of}. Safe to
 * share between threads.
 */
public final class KicadLibraryIndex {

    /** The class-path resource holding the bundled snapshot of KiCad's standard libraries. */
    public static final String BUNDLED_STANDARD_RESOURCE =
            "/io/github/altium2kicad/core/kicad/index/kicad6-standard-index.tsv.gz";

    private static final KicadLibraryIndex EMPTY = new KicadLibraryIndex(Map.of(), Map.of(), "empty");

    private final Map<String, NavigableMap<String, KicadSymbol>> symbols;
    private final Map<String, NavigableMap<String, KicadFootprint>> footprints;
    private final Map<String, List<KicadFootprint>> footprintsByName;
    private final int symbolCount;
    private final int footprintCount;
    private final String source;
    private volatile String contentDigest;

    private KicadLibraryIndex(Map<String, NavigableMap<String, KicadSymbol>> symbols,
                              Map<String, NavigableMap<String, KicadFootprint>> footprints, String source) {
        this.symbols = symbols;
        this.footprints = footprints;
        Map<String, List<KicadFootprint>> byName = new HashMap<>();
        for (NavigableMap<String, KicadFootprint> library : footprints.values()) {
            for (KicadFootprint footprint : library.values()) {
                byName.computeIfAbsent(footprint.id().name(), k -> new ArrayList<>(1)).add(footprint);
            }
        }
        byName.replaceAll((k, v) -> List.copyOf(v));
        this.footprintsByName = Map.copyOf(byName);
        this.symbolCount = symbols.values().stream().mapToInt(Map::size).sum();
        this.footprintCount = footprints.values().stream().mapToInt(Map::size).sum();
        this.source = source;
    }

    /** An index of exactly these symbols and footprints; a later duplicate id replaces an earlier one. */
    public static KicadLibraryIndex of(Collection<KicadSymbol> symbols, Collection<KicadFootprint> footprints,
                                       String source) {
        return new KicadLibraryIndex(group(symbols, KicadSymbol::id), group(footprints, KicadFootprint::id),
                source == null ? "" : source);
    }

    /** An index without symbols or footprints. */
    public static KicadLibraryIndex empty() {
        return EMPTY;
    }

    /**
     * KiCad 6's standard symbol and footprint libraries (Debian {@code kicad-symbols}/{@code kicad-footprints}
     * 6.0), from the snapshot bundled in altium2kicad. Loaded once, on first use. Library nicknames are those
     * of KiCad's default library tables ({@code Device}, {@code Resistor_SMD}, …).
     */
    public static KicadLibraryIndex bundledStandard() {
        return BundledHolder.INSTANCE;
    }

    private static final class BundledHolder {
        static final KicadLibraryIndex INSTANCE = load();

        private static KicadLibraryIndex load() {
            try (InputStream in = KicadLibraryIndex.class.getResourceAsStream(BUNDLED_STANDARD_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled KiCad index " + BUNDLED_STANDARD_RESOURCE
                            + " is missing from the class path");
                }
                return KicadIndexSnapshot.read(in, "bundled KiCad 6 standard libraries");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled KiCad index " + BUNDLED_STANDARD_RESOURCE, e);
            }
        }
    }

    /** True if the index holds this symbol. */
    public boolean hasSymbol(KicadLibId id) {
        return symbol(id).isPresent();
    }

    /** True if the index holds this footprint. */
    public boolean hasFootprint(KicadLibId id) {
        return footprint(id).isPresent();
    }

    /** The symbol {@code id}, if the index holds it. */
    public Optional<KicadSymbol> symbol(KicadLibId id) {
        NavigableMap<String, KicadSymbol> library = symbols.get(id.library());
        return library == null ? Optional.empty() : Optional.ofNullable(library.get(id.name()));
    }

    /** The footprint {@code id}, if the index holds it. */
    public Optional<KicadFootprint> footprint(KicadLibId id) {
        NavigableMap<String, KicadFootprint> library = footprints.get(id.library());
        return library == null ? Optional.empty() : Optional.ofNullable(library.get(id.name()));
    }

    /** The footprints of {@code library} whose names start with {@code namePrefix}, in name order. */
    public List<KicadFootprint> footprintsStartingWith(String library, String namePrefix) {
        NavigableMap<String, KicadFootprint> names = footprints.get(library);
        if (names == null) {
            return List.of();
        }
        return List.copyOf(names.subMap(namePrefix, true, namePrefix + Character.MAX_VALUE, false).values());
    }

    /** The footprints named exactly {@code name}, in any library (usually none or one). */
    public List<KicadFootprint> footprintsNamed(String name) {
        List<KicadFootprint> found = footprintsByName.get(name);
        return found == null ? List.of() : found;
    }

    /** The symbol library nicknames, sorted. */
    public Set<String> symbolLibraries() {
        return symbols.keySet();
    }

    /** The footprint library nicknames, sorted. */
    public Set<String> footprintLibraries() {
        return footprints.keySet();
    }

    /** All symbols, by library then name. */
    public Stream<KicadSymbol> symbols() {
        return symbols.values().stream().flatMap(m -> m.values().stream());
    }

    /** All footprints, by library then name. */
    public Stream<KicadFootprint> footprints() {
        return footprints.values().stream().flatMap(m -> m.values().stream());
    }

    /** How many symbols the index holds. */
    public int symbolCount() {
        return symbolCount;
    }

    /** How many footprints the index holds. */
    public int footprintCount() {
        return footprintCount;
    }

    /** Where the index comes from, e.g. a directory or {@code bundled KiCad 6 standard libraries}. */
    public String source() {
        return source;
    }

    /**
     * A SHA-256 digest (hex) of every symbol and footprint with its counts, independent of {@link #source()}:
     * equal for equal contents, different when anything a rule could consult differs. Suited to keying cached
     * mapping decisions to the libraries they were checked against. Computed once, on first use.
     */
    public String contentDigest() {
        String digest = contentDigest;
        if (digest == null) {
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is not available", e);
            }
            symbols().forEach(s -> sha.update(("S\t" + s.id() + '\t' + s.pinCount() + '\t' + s.referencePrefix()
                    + '\n').getBytes(StandardCharsets.UTF_8)));
            footprints().forEach(f -> sha.update(("F\t" + f.id() + '\t' + f.padCount() + '\t' + f.totalPads() + '\t'
                    + f.mount() + (f.layout() == null ? "" : "\t" + f.layout()) + '\n').getBytes(StandardCharsets.UTF_8)));
            digest = HexFormat.of().formatHex(sha.digest());
            contentDigest = digest;
        }
        return digest;
    }

    /** This index plus {@code other}; where both hold an id, {@code other}'s entry wins. */
    public KicadLibraryIndex merge(KicadLibraryIndex other) {
        List<KicadSymbol> allSymbols = new ArrayList<>(symbolCount + other.symbolCount);
        symbols().forEach(allSymbols::add);
        other.symbols().forEach(allSymbols::add);
        List<KicadFootprint> allFootprints = new ArrayList<>(footprintCount + other.footprintCount);
        footprints().forEach(allFootprints::add);
        other.footprints().forEach(allFootprints::add);
        return of(allSymbols, allFootprints, source + " + " + other.source);
    }

    @Override
    public String toString() {
        return "KicadLibraryIndex[" + source + ": " + symbolCount + " symbols in " + symbols.size()
                + " libraries, " + footprintCount + " footprints in " + footprints.size() + " libraries]";
    }

    private static <T> Map<String, NavigableMap<String, T>> group(Collection<T> items, Function<T, KicadLibId> id) {
        TreeMap<String, NavigableMap<String, T>> byLibrary = new TreeMap<>();
        for (T item : items) {
            KicadLibId key = id.apply(item);
            byLibrary.computeIfAbsent(key.library(), k -> new TreeMap<>()).put(key.name(), item);
        }
        byLibrary.replaceAll((k, v) -> Collections.unmodifiableNavigableMap(v));
        return Collections.unmodifiableNavigableMap(byLibrary);
    }
}
