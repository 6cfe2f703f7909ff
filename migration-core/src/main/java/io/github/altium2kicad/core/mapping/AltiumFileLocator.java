package io.github.altium2kicad.core.mapping;

import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the {@code .SchLib}/{@code .PcbLib}/{@code .IntLib} file a DbLib row refers to, on any OS, the way Altium
 * looks: the path as written; relative to the DbLib's folder (for an absolute Windows path that does not exist
 * here, its trailing folders below the DbLib's folder, longest first); by file name in each {@code LibrarySearchPath}
 * folder (and below it when {@code SearchSubDirectories=1}); by file name next to the DbLib. Windows paths are
 * split on {@code \}, and names compare case-insensitively as on Windows. Each folder is listed once per locator
 * ({@link FolderListings}): the folders must not change while it is in use. Thread-safe.
 */
public final class AltiumFileLocator {

    private static final int MAX_SEARCH_DEPTH = 8;

    private final FolderListings listings = new FolderListings();
    private final Path dbLibFolder;
    private final List<Path> searchFolders;
    private final boolean searchSubDirectories;
    /** Where the DbLib was on the Windows machine, e.g. {@code c:\altium\library\}, lower case; null if unknown. */
    private final String originalFolder;

    /**
     * @param library the parsed DbLib whose folder and {@code LibrarySearchPath} are used
     */
    public AltiumFileLocator(LibraryDescriptor library) {
        this.dbLibFolder = library.folder();
        this.searchSubDirectories = library.links().searchSubDirectories();
        List<Path> folders = new ArrayList<>();
        for (String entry : library.links().librarySearchPaths()) {
            resolveCaseInsensitive(dbLibFolder, entry).ifPresent(folders::add);
        }
        this.searchFolders = List.copyOf(folders);
        this.originalFolder = originalFolder(library);
    }

    /**
     * The DbLib's folder on the machine Altium ran on, deduced from a Windows database path in the connection string
     * that ends with the relative {@code LibraryDatabasePath}: {@code C:\Lib\Parts.mdb} + {@code Parts.mdb} →
     * {@code c:\lib\}. Library paths below it are then relative to the DbLib.
     */
    private static String originalFolder(LibraryDescriptor library) {
        String relative = library.links().libraryDatabasePath() == null ? "" : library.links().libraryDatabasePath().strip();
        if (!library.links().databasePathRelative() || relative.isEmpty() || isWindowsAbsolute(relative)) {
            return null;
        }
        String written;
        try {
            written = io.github.altium2kicad.core.dblib.DatabaseFileLocator.databasePathIn(library.links().connectionString()).orElse("");
        } catch (IllegalArgumentException e) {
            return null;
        }
        String path = written.strip().replace('/', '\\').toLowerCase(Locale.ROOT);
        String tail = "\\" + relative.replace('/', '\\').toLowerCase(Locale.ROOT);
        return isWindowsAbsolute(path) && path.endsWith(tail) ? path.substring(0, path.length() - tail.length() + 1) : null;
    }

    /** Where a library file was found, or where it was expected and every place that was tried. */
    public record Location(Path file, boolean found, List<Path> tried) {
        public Location {
            tried = List.copyOf(tried);
        }
    }

    /** Locates {@code pathAsWritten}; never throws for a missing file. */
    public Location locate(String pathAsWritten) {
        List<Path> tried = new ArrayList<>();
        String text = pathAsWritten.strip();
        if (originalFolder != null && text.replace('/', '\\').toLowerCase(Locale.ROOT).startsWith(originalFolder)) {
            text = text.substring(originalFolder.length()); // below the DbLib's original folder: relative to the DbLib
        }
        String fileName = LibraryNickname.fileName(text);
        Path firstGuess = null;
        if (isAbsoluteHere(text)) {
            Path asWritten = Path.of(text);
            tried.add(asWritten);
            if (Files.isRegularFile(asWritten)) {
                return new Location(asWritten.toAbsolutePath().normalize(), true, tried);
            }
        }
        if (isWindowsAbsolute(text)) {
            // a library tree moved from Windows: try the path's trailing folders below the DbLib's folder
            String[] segments = text.split("[\\\\/]+");
            for (int from = 1; from < segments.length - 1; from++) {
                String tail = String.join("/", java.util.Arrays.copyOfRange(segments, from, segments.length));
                tried.add(dbLibFolder.resolve(tail));
                Optional<Path> found = resolveCaseInsensitive(dbLibFolder, tail);
                if (found.isPresent() && Files.isRegularFile(found.get())) {
                    return new Location(found.get(), true, tried);
                }
            }
        } else if (!text.startsWith("/")) {
            Path relative = dbLibFolder.resolve(text.replace('\\', '/')).normalize();
            tried.add(relative);
            firstGuess = relative;
            Optional<Path> found = resolveCaseInsensitive(dbLibFolder, text);
            if (found.isPresent() && Files.isRegularFile(found.get())) {
                return new Location(found.get(), true, tried);
            }
        }
        for (Path folder : searchFolders) {
            Path candidate = folder.resolve(fileName);
            tried.add(candidate);
            if (firstGuess == null) {
                firstGuess = candidate;
            }
            Optional<Path> found = searchSubDirectories ? findBelow(folder, fileName) : resolveCaseInsensitive(folder, fileName);
            if (found.isPresent() && Files.isRegularFile(found.get())) {
                return new Location(found.get(), true, tried);
            }
        }
        Path nextToDbLib = dbLibFolder.resolve(fileName);
        tried.add(nextToDbLib);
        Optional<Path> found = resolveCaseInsensitive(dbLibFolder, fileName);
        if (found.isPresent() && Files.isRegularFile(found.get())) {
            return new Location(found.get(), true, tried);
        }
        return new Location(firstGuess != null ? firstGuess : nextToDbLib, false, tried);
    }

    private static boolean isWindowsAbsolute(String text) {
        return text.matches("^[A-Za-z]:[\\\\/].*") || text.startsWith("\\\\");
    }

    private static boolean isAbsoluteHere(String text) {
        return !isWindowsAbsolute(text) ? text.startsWith("/") : System.getProperty("os.name").startsWith("Windows");
    }

    /**
     * Resolves a relative Windows or POSIX path below {@code base}, matching each segment case-insensitively: the
     * segment as written if the folder has it, else the first (in path order) of the names equal to it ignoring case.
     */
    private Optional<Path> resolveCaseInsensitive(Path base, String relative) {
        String text = relative.strip();
        if (text.isEmpty()) {
            return Optional.of(base);
        }
        Path current = isWindowsAbsolute(text) ? null : text.startsWith("/") ? Path.of("/") : base;
        if (current == null) {
            return Optional.empty();
        }
        for (String segment : text.split("[\\\\/]+")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                current = current.getParent() == null ? current : current.getParent();
                continue;
            }
            Path exact = current.resolve(segment);
            List<Path> named = listings.entries(current).get(segment.toLowerCase(Locale.ROOT));
            if (named == null) {
                return Optional.empty();
            }
            current = named.contains(exact) ? exact : named.get(0);
        }
        return Optional.of(current.toAbsolutePath().normalize());
    }

    private Optional<Path> findBelow(Path folder, String fileName) {
        List<Path> named = listings.filesBelow(folder, MAX_SEARCH_DEPTH).getOrDefault(fileName.toLowerCase(Locale.ROOT), List.of());
        return named.stream().findFirst().map(p -> p.toAbsolutePath().normalize());
    }
}
