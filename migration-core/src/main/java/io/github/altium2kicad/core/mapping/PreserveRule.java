package io.github.altium2kicad.core.mapping;

import io.github.altium2kicad.api.mapping.AltiumFootprint;
import io.github.altium2kicad.api.mapping.AltiumLibraryCatalog;
import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.api.mapping.MappingContext;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.api.mapping.MappingRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last rule of every chain: keeps the part's exact Altium symbol and footprints, referenced as
 * {@code <nickname>:<Library Ref>} and {@code <nickname>:<Footprint Ref>;…} where each nickname names the
 * {@code .SchLib}/{@code .PcbLib} file in the generated lib tables (KiCad reads Altium libraries directly), and each
 * name is the one KiCad's Altium importer lists ({@link AltiumLibraryCatalog#kicadSymbolName}: a symbol under its
 * storage name, at most 31 characters; a footprint as the file spells it).
 * Always answers; what it cannot resolve (a blank path or ref) is listed in the decision's problems.
 */
public final class PreserveRule implements MappingRule {

    /** The rule's name in decisions and reports. */
    public static final String NAME = "preserve";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<MappingDecision> map(MappingInput input, MappingContext context) {
        List<String> evidence = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Optional<KicadLibId> symbol = preservedSymbol(input, context.altiumLibraries(), evidence, problems);
        List<KicadLibId> footprints = preservedFootprints(input, context.altiumLibraries(), evidence, problems);
        return Optional.of(new MappingDecision(symbol, footprints, 1.0, NAME, evidence, problems));
    }

    /**
     * The part's Altium symbol as {@code <nickname>:<Library Ref>}, or empty with the reason added to
     * {@code problems}. Shared with rules that map only a part's footprints and keep its symbol.
     */
    public static Optional<KicadLibId> preservedSymbol(MappingInput input, AltiumLibraryCatalog catalog,
                                                       List<String> evidence, List<String> problems) {
        String ref = input.libraryRef();
        String path = input.libraryPath();
        if (isBlank(ref)) {
            problems.add("Library Ref is blank");
        } else if (isBlank(path)) {
            problems.add("Library Path is blank for symbol '" + ref + "' (Altium would search its installed libraries)");
        } else {
            Optional<String> nickname = catalog.symbolLibraryNickname(path);
            if (nickname.isPresent()) {
                String name = catalog.kicadSymbolName(path, ref);
                evidence.add("Library Ref=" + ref.strip() + " in " + path.strip()
                        + (name.equals(ref.strip()) ? "" : ", listed by KiCad as '" + name + "'"));
                return Optional.of(new KicadLibId(nickname.get(), name));
            }
            problems.add("symbol library '" + path.strip() + "' is not in the catalog");
        }
        return Optional.empty();
    }

    /**
     * The part's Altium footprints as {@code <nickname>:<Footprint Ref>}, in order, each one that cannot be kept
     * explained in {@code problems}. Shared with rules that map only a part's symbol and keep its footprints.
     */
    public static List<KicadLibId> preservedFootprints(MappingInput input, AltiumLibraryCatalog catalog,
                                                       List<String> evidence, List<String> problems) {
        List<KicadLibId> footprints = new ArrayList<>();
        for (AltiumFootprint footprint : input.footprints()) {
            if (isBlank(footprint.path())) {
                problems.add("Footprint Path is blank for footprint '" + footprint.ref() + "'");
                continue;
            }
            if (footprint.ref().contains(";")) {
                problems.add("footprint name '" + footprint.ref() + "' contains ';', which KiCad uses to separate footprints");
                continue;
            }
            Optional<String> nickname = catalog.footprintLibraryNickname(footprint.path());
            if (nickname.isPresent()) {
                String name = catalog.kicadFootprintName(footprint.path(), footprint.ref());
                footprints.add(new KicadLibId(nickname.get(), name));
                evidence.add("Footprint Ref=" + footprint.ref().strip() + " in " + footprint.path().strip()
                        + (name.equals(footprint.ref().strip()) ? "" : ", listed by KiCad as '" + name + "'"));
            } else {
                problems.add("footprint library '" + footprint.path().strip() + "' is not in the catalog");
            }
        }
        if (input.footprints().isEmpty()) {
            problems.add("Footprint Ref is blank");
        }
        return footprints;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
