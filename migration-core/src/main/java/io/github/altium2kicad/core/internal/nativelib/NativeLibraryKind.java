package io.github.altium2kicad.core.internal.nativelib;

import io.github.altium2kicad.core.altium.AltiumLibraryContents;

/** The two kinds of library KiCad's converter makes, with where they go in the output folder. */
enum NativeLibraryKind {
    /** A {@code .SchLib} converted by {@code kicad-cli sym upgrade} into one {@code .kicad_sym} file. */
    SYMBOLS("sym", "symbols", ".kicad_sym", AltiumLibraryContents.Kind.SCHLIB),
    /** A {@code .PcbLib} converted by {@code kicad-cli fp upgrade} into one {@code .pretty} folder. */
    FOOTPRINTS("fp", "footprints", ".pretty", AltiumLibraryContents.Kind.PCBLIB);

    private final String command;
    private final String folder;
    private final String suffix;
    private final AltiumLibraryContents.Kind source;

    NativeLibraryKind(String command, String folder, String suffix, AltiumLibraryContents.Kind source) {
        this.command = command;
        this.folder = folder;
        this.suffix = suffix;
        this.source = source;
    }

    /** The {@code kicad-cli} command group: {@code sym} or {@code fp}. */
    String command() {
        return command;
    }

    /** The output folder's subfolder the converted libraries go to, {@code symbols} or {@code footprints}. */
    String folder() {
        return folder;
    }

    /** The converted library of nickname {@code nickname}, relative to the output folder, with {@code /}. */
    String relativePath(String nickname) {
        return folder + "/" + nickname + suffix;
    }

    /** The file name of the converted library in a scratch folder. */
    String fileName(String nickname) {
        return nickname + suffix;
    }

    /** Whether KiCad's converter takes {@code kind} of Altium file. */
    boolean converts(AltiumLibraryContents.Kind kind) {
        return kind == source;
    }

    /** {@code symbol} or {@code footprint}, for messages. */
    String item() {
        return this == SYMBOLS ? "symbol" : "footprint";
    }

    /** The name in the manifest. */
    String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
