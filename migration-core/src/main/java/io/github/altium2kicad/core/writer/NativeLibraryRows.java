package io.github.altium2kicad.core.writer;

import java.util.Map;
import java.util.Optional;

/**
 * The Altium libraries that were converted into native KiCad libraries ({@code native_libraries}), keyed by their
 * nickname: the lib tables list those as {@code KiCad} rows instead of Altium rows.
 *
 * @param symbols    symbol libraries: nickname → the converted {@code .kicad_sym}
 * @param footprints footprint libraries: nickname → the converted {@code .pretty} folder
 */
public record NativeLibraryRows(Map<String, Converted> symbols, Map<String, Converted> footprints) {

    /**
     * One converted library.
     *
     * @param relativePath   the native library, relative to the output folder ({@code symbols/Passives.kicad_sym})
     * @param altiumNickname the nickname under which the Altium file stays listed too, for the parts whose name is
     *                       not in the converted library; empty when every part found its name there
     */
    public record Converted(String relativePath, Optional<String> altiumNickname) {
    }

    public NativeLibraryRows {
        symbols = Map.copyOf(symbols);
        footprints = Map.copyOf(footprints);
    }

    /** No converted libraries: every Altium library keeps its Altium row. */
    public static NativeLibraryRows none() {
        return new NativeLibraryRows(Map.of(), Map.of());
    }
}
