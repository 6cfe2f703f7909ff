package io.github.altium2kicad.core.altium;

import io.github.altium2kicad.api.mapping.AltiumFootprint;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.core.mapping.AltiumLibraries;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a part's Altium references against the files: that the {@code .SchLib}/{@code .PcbLib}/{@code .IntLib}
 * exists (as located by the {@link AltiumLibraries} catalog, which uses {@code AltiumFileLocator}) and contains the
 * referenced symbol or footprint. Findings are information for the report, never fatal. Each library file is read
 * once (its names are cached); thread-safe.
 *
 * <p>Blank references are not checked here: the mapping rules already report them.
 */
public final class AltiumReferenceValidator {

    private static final int TRIED_PATHS_SHOWN = 3;

    private final AltiumLibraries catalog;

    /** @param catalog the libraries of the migration, located on disk */
    public AltiumReferenceValidator(AltiumLibraries catalog) {
        this.catalog = catalog;
    }

    /** The findings for {@code part}'s symbol and footprints; empty when every reference checks out. */
    public List<AltiumReferenceFinding> validate(MappingInput part) {
        List<AltiumReferenceFinding> findings = new ArrayList<>(0);
        if (!isBlank(part.libraryRef()) && !isBlank(part.libraryPath())) {
            check("symbol", part.libraryRef().strip(), part.libraryPath().strip(),
                    catalog.symbolLibrary(part.libraryPath()), AltiumReferenceFinding.Kind.MISSING_SYMBOL, findings);
        }
        int n = 0;
        for (AltiumFootprint footprint : part.footprints()) {
            n++;
            if (!isBlank(footprint.ref()) && !isBlank(footprint.path())) {
                check("footprint " + n, footprint.ref().strip(), footprint.path().strip(),
                        catalog.footprintLibrary(footprint.path()), AltiumReferenceFinding.Kind.MISSING_FOOTPRINT, findings);
            }
        }
        return findings;
    }

    /** The names of a library file, read once. */
    public AltiumLibraryContents contents(Path file) {
        return catalog.contents(file);
    }

    private void check(String reference, String name, String path, Optional<AltiumLibraries.Library> library,
                       AltiumReferenceFinding.Kind missingKind, List<AltiumReferenceFinding> findings) {
        String what = reference.startsWith("symbol") ? "symbol" : "footprint";
        if (library.isEmpty()) {
            findings.add(new AltiumReferenceFinding(AltiumReferenceFinding.Kind.MISSING_FILE, reference, name, path,
                    "library '" + path + "' of " + what + " '" + name + "' is not in the catalog"));
            return;
        }
        AltiumLibraries.Library lib = library.get();
        String written = what.equals("symbol") ? catalog.kicadSymbolName(path, name) : catalog.kicadFootprintName(path, name);
        if (!written.equals(name)) {
            findings.add(new AltiumReferenceFinding(AltiumReferenceFinding.Kind.NAME_CHANGED, reference, name, path,
                    what + " '" + name + "' written as '" + written + "', the name KiCad lists in " + lib.file()
                            + " (" + whyChanged(what, name, written) + ")", written));
        }
        if (!lib.found()) {
            String tried = lib.tried().stream().limit(TRIED_PATHS_SHOWN).map(Path::toString)
                    .collect(Collectors.joining(", "));
            findings.add(new AltiumReferenceFinding(AltiumReferenceFinding.Kind.MISSING_FILE, reference, name, path,
                    "library '" + path + "' of " + what + " '" + name + "' was not found (looked in " + tried
                            + (lib.tried().size() > TRIED_PATHS_SHOWN ? ", …" : "") + ")"));
            return;
        }
        AltiumLibraryContents c = contents(lib.file());
        switch (c.status()) {
            case UNREADABLE -> findings.add(new AltiumReferenceFinding(AltiumReferenceFinding.Kind.UNREADABLE_FILE,
                    reference, name, path, "library " + lib.file() + " cannot be read: " + c.reason()));
            case UNVERIFIABLE -> findings.add(new AltiumReferenceFinding(AltiumReferenceFinding.Kind.UNVERIFIABLE,
                    reference, name, path, what + " '" + name + "' not checked in " + lib.file() + ": " + c.reason()));
            case READ -> {
                if (c.find(name) == AltiumLibraryContents.Lookup.MISSING) {
                    findings.add(new AltiumReferenceFinding(missingKind, reference, name, path,
                            what + " '" + name + "' is not in " + lib.file(), written));
                }
                // FOUND_DIFFERENT_CASE is no problem: KiCad, like Altium, looks names up ignoring case
            }
            default -> throw new IllegalStateException("unexpected status " + c.status());
        }
    }

    private static String whyChanged(String what, String name, String written) {
        List<String> why = new ArrayList<>();
        if (what.equals("symbol") && name.length() > AltiumLibraryContents.MAX_STORAGE_NAME) {
            why.add("KiCad names Altium symbols after their storage, at most " + AltiumLibraryContents.MAX_STORAGE_NAME
                    + " characters");
        }
        if (name.indexOf('/') >= 0 && written.indexOf('/') < 0) {
            why.add("'/' becomes '_' in a storage name");
        }
        if (why.isEmpty() && name.equalsIgnoreCase(written)) {
            why.add("the file's letter case");
        }
        return why.isEmpty() ? "the file's storage name" : String.join("; ", why);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
