package io.github.altium2kicad.core.mapping;

import io.github.altium2kicad.api.mapping.AltiumLibraryCatalog;
import io.github.altium2kicad.api.mapping.TwoPadLayout;
import io.github.altium2kicad.core.altium.AltiumLibraryContents;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Altium symbol and footprint library files referenced by a library's rows, each located on disk and given
 * a KiCad nickname. Nicknames are assigned in sorted order of the files, so the same inputs always give the same
 * nicknames: the file's name (as on disk if found) without extension, made unique with {@code _2}, {@code _3} … when two different
 * files share a name. Spellings of one file that differ only in case or separators share its nickname.
 *
 * <p>Names inside the files are read once per file, when first asked for ({@link #contents}) or ahead of that on
 * background threads ({@link #prefetch}), through a reader that may answer from the persistent cache
 * ({@link #readingWith}); a {@code .PcbLib}'s pads only when the mapper asks. The catalog answers
 * {@link #kicadSymbolName}/{@link #kicadFootprintName} with the name KiCad lists, as the file spells it. Thread-safe.
 */
public final class AltiumLibraries implements AltiumLibraryCatalog {

    /** A referenced library file. */
    public record Library(String nickname, String pathAsWritten, Path file, boolean found, List<Path> tried) {
        public Library {
            tried = List.copyOf(tried);
        }
    }

    private final List<Library> symbolLibraries;
    private final List<Library> footprintLibraries;
    private final Map<String, Library> symbolsByPath;
    private final Map<String, Library> footprintsByPath;
    private final ConcurrentMap<Path, FutureTask<AltiumLibraryContents>> contents = new ConcurrentHashMap<>();
    private final Function<Path, AltiumLibraryContents> reader;
    private final Consumer<List<AltiumLibraryContents>> keeper;

    private AltiumLibraries(Catalog symbols, Catalog footprints) {
        this(symbols.libraries, footprints.libraries, symbols.byPath, footprints.byPath, AltiumLibraryContents::read,
                read -> { });
    }

    private AltiumLibraries(List<Library> symbolLibraries, List<Library> footprintLibraries,
                            Map<String, Library> symbolsByPath, Map<String, Library> footprintsByPath,
                            Function<Path, AltiumLibraryContents> reader, Consumer<List<AltiumLibraryContents>> keeper) {
        this.symbolLibraries = symbolLibraries;
        this.footprintLibraries = footprintLibraries;
        this.symbolsByPath = symbolsByPath;
        this.footprintsByPath = footprintsByPath;
        this.reader = reader;
        this.keeper = keeper;
    }

    /**
     * The same catalog reading the files with {@code reader} (which must never throw, like
     * {@link AltiumLibraryContents#read}), e.g. through the persistent cache, and handing what was read to
     * {@code keeper} on {@link #keepWhatWasRead}; nothing read so far is carried over.
     */
    public AltiumLibraries readingWith(Function<Path, AltiumLibraryContents> reader,
                                       Consumer<List<AltiumLibraryContents>> keeper) {
        return new AltiumLibraries(symbolLibraries, footprintLibraries, symbolsByPath, footprintsByPath, reader, keeper);
    }

    /** Hands the files read so far to the keeper given to {@link #readingWith} (the persistent cache saves them). */
    public void keepWhatWasRead() {
        keeper.accept(contentsRead());
    }

    /**
     * Starts reading every found library file on {@code threads} background (daemon) threads and returns at once;
     * {@link #contents} then waits only for the file it asks for, if that is still being read.
     */
    public void prefetch(int threads) {
        List<Path> files = new ArrayList<>();
        for (List<Library> kind : List.of(symbolLibraries, footprintLibraries)) {
            kind.stream().filter(Library::found).map(Library::file).forEach(files::add);
        }
        if (files.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())), r -> {
            Thread t = new Thread(r, "altium2kicad-library-reader");
            t.setDaemon(true);
            return t;
        });
        files.forEach(f -> pool.execute(task(f)));
        pool.shutdown(); // the queued reads still run; the threads end when done
    }

    /** The files read so far (or being read, once done), for saving to the persistent cache. */
    public List<AltiumLibraryContents> contentsRead() {
        List<AltiumLibraryContents> out = new ArrayList<>();
        for (FutureTask<AltiumLibraryContents> task : contents.values()) {
            if (task.isDone() && !task.isCancelled()) {
                out.add(await(task));
            }
        }
        return out;
    }

    /**
     * Locates and names the libraries.
     *
     * @param symbolPaths    distinct {@code Library Path} values as written
     * @param footprintPaths distinct {@code Footprint Path}/{@code Footprint Path N} values as written
     */
    public static AltiumLibraries build(Collection<String> symbolPaths, Collection<String> footprintPaths,
                                        AltiumFileLocator locator) {
        return build(symbolPaths, footprintPaths, locator, Set.of(), Set.of());
    }

    /**
     * Locates and names the libraries, keeping clear of the nicknames KiCad's own libraries use: a library table row
     * with one of those names would shadow KiCad's library in every project that uses the table. A clashing name
     * gets the suffix {@code _Altium} ({@code Interface} → {@code Interface_Altium}).
     *
     * @param reservedSymbolNicknames    KiCad's symbol library nicknames
     * @param reservedFootprintNicknames KiCad's footprint library nicknames
     */
    public static AltiumLibraries build(Collection<String> symbolPaths, Collection<String> footprintPaths, AltiumFileLocator locator,
                                        Set<String> reservedSymbolNicknames, Set<String> reservedFootprintNicknames) {
        return new AltiumLibraries(Catalog.build(symbolPaths, locator, reservedSymbolNicknames),
                Catalog.build(footprintPaths, locator, reservedFootprintNicknames));
    }

    /** An empty catalog, for libraries that refer to no files. */
    public static AltiumLibraries empty() {
        return new AltiumLibraries(Catalog.build(List.of(), null, Set.of()), Catalog.build(List.of(), null, Set.of()));
    }

    @Override
    public Optional<String> symbolLibraryNickname(String libraryPath) {
        return lookup(symbolsByPath, libraryPath).map(Library::nickname);
    }

    @Override
    public Optional<String> footprintLibraryNickname(String footprintPath) {
        return lookup(footprintsByPath, footprintPath).map(Library::nickname);
    }

    /**
     * The storage name the {@code .SchLib} uses for {@code libraryRef} (compared ignoring case, as KiCad and Altium
     * do) when the file was found and holds it; else the storage name Altium's rule gives it.
     */
    @Override
    public String kicadSymbolName(String libraryPath, String libraryRef) {
        return symbolLibrary(libraryPath).filter(Library::found)
                .flatMap(l -> contents(l.file()).kicadName(libraryRef))
                .orElseGet(() -> AltiumLibraryCatalog.storageName(libraryRef));
    }

    /** The footprint name as the {@code .PcbLib} spells it, when found there; else the name stripped. */
    @Override
    public String kicadFootprintName(String footprintPath, String footprintRef) {
        return footprintLibrary(footprintPath).filter(Library::found)
                .filter(l -> AltiumLibraryContents.kindOf(l.file()) == AltiumLibraryContents.Kind.PCBLIB)
                .flatMap(l -> contents(l.file()).kicadName(footprintRef))
                .orElseGet(footprintRef::strip);
    }

    /** The numbered pads of the footprint in its {@code .PcbLib}, when the file was found and holds it. */
    @Override
    public java.util.OptionalInt footprintPadCount(String footprintPath, String footprintRef) {
        return footprintLibrary(footprintPath).filter(Library::found)
                .filter(l -> AltiumLibraryContents.kindOf(l.file()) == AltiumLibraryContents.Kind.PCBLIB)
                .map(l -> contents(l.file()).padCount(footprintRef)).orElse(java.util.OptionalInt.empty());
    }

    /** The land pattern of the two-pad footprint in its {@code .PcbLib}, when the file was found and holds it. */
    @Override
    public Optional<TwoPadLayout> footprintTwoPadLayout(String footprintPath, String footprintRef) {
        return footprintLibrary(footprintPath).filter(Library::found)
                .filter(l -> AltiumLibraryContents.kindOf(l.file()) == AltiumLibraryContents.Kind.PCBLIB)
                .flatMap(l -> contents(l.file()).twoPadLayout(footprintRef));
    }

    /** The names in library {@code file}, read once (here, unless another thread reads it already). */
    public AltiumLibraryContents contents(Path file) {
        FutureTask<AltiumLibraryContents> task = task(file);
        task.run(); // does nothing if another thread has run it or runs it now
        return await(task);
    }

    private FutureTask<AltiumLibraryContents> task(Path file) {
        return contents.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new FutureTask<>(() -> reader.apply(f)));
    }

    private static AltiumLibraryContents await(FutureTask<AltiumLibraryContents> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while reading an Altium library");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The symbol library of a {@code Library Path} value, if it was catalogued. */
    public Optional<Library> symbolLibrary(String libraryPath) {
        return lookup(symbolsByPath, libraryPath);
    }

    /** The footprint library of a {@code Footprint Path} value, if it was catalogued. */
    public Optional<Library> footprintLibrary(String footprintPath) {
        return lookup(footprintsByPath, footprintPath);
    }

    /** Symbol libraries, sorted by nickname. */
    public List<Library> symbolLibraries() {
        return symbolLibraries;
    }

    /** Footprint libraries, sorted by nickname. */
    public List<Library> footprintLibraries() {
        return footprintLibraries;
    }

    private static Optional<Library> lookup(Map<String, Library> byPath, String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byPath.get(LibraryNickname.comparisonKey(path)));
    }

    private static final class Catalog {
        final List<Library> libraries;
        final Map<String, Library> byPath;

        private Catalog(List<Library> libraries, Map<String, Library> byPath) {
            this.libraries = libraries;
            this.byPath = byPath;
        }

        static Catalog build(Collection<String> paths, AltiumFileLocator locator, Set<String> reserved) {
            // one entry per distinct file: the found file, else the folded spelling
            TreeMap<String, String> spellingByKey = new TreeMap<>();
            for (String p : paths) {
                if (p != null && !p.isBlank()) {
                    spellingByKey.merge(LibraryNickname.comparisonKey(p), p.strip(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
            TreeMap<String, List<String>> keysByIdentity = new TreeMap<>();
            Map<String, AltiumFileLocator.Location> locations = new HashMap<>();
            for (Map.Entry<String, String> e : spellingByKey.entrySet()) {
                AltiumFileLocator.Location location = locator.locate(e.getValue());
                locations.put(e.getKey(), location);
                // one file, however it is spelled: the found file, else where it was expected
                String identity = location.found() ? location.file().toString()
                        : "?" + LibraryNickname.comparisonKey(location.file().toString());
                keysByIdentity.computeIfAbsent(identity, k -> new ArrayList<>()).add(e.getKey());
            }
            Set<String> taken = new HashSet<>();
            Set<String> kicad = new HashSet<>();
            reserved.forEach(r -> kicad.add(r.toLowerCase(java.util.Locale.ROOT)));
            List<Library> libraries = new ArrayList<>();
            Map<String, Library> byPath = new HashMap<>();
            for (List<String> keys : keysByIdentity.values()) {
                String firstKey = keys.get(0);
                String spelling = spellingByKey.get(firstKey);
                AltiumFileLocator.Location location = locations.get(firstKey);
                // a found file is named as it is on disk; a missing one as the database spells it
                String stem = LibraryNickname.fromPath(location.found() ? location.file().getFileName().toString() : spelling);
                if (kicad.contains(stem.toLowerCase(java.util.Locale.ROOT))) {
                    stem = stem + "_Altium";
                }
                String nickname = stem;
                for (int n = 2; !taken.add(nickname.toLowerCase(java.util.Locale.ROOT)); n++) {
                    nickname = stem + "_" + n;
                }
                Library library = new Library(nickname, spelling, location.file(), location.found(), location.tried());
                libraries.add(library);
                keys.forEach(k -> byPath.put(k, library));
            }
            libraries.sort(java.util.Comparator.comparing(Library::nickname));
            return new Catalog(List.copyOf(libraries), Map.copyOf(byPath));
        }
    }
}
