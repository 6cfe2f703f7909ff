package io.github.altium2kicad.core.internal.writer;

import java.util.Map;
import java.util.Optional;

/**
 * The Altium libraries that were converted into native KiCad libraries ({@code native_libraries}), keyed by their
 * nickname: the lib tables list those as {@code KiCad} rows instead of Altium rows.
 *
 * @param symbols            symbol libraries: nickname → the converted {@code .kicad_sym}
 * @param footprints         footprint libraries: nickname → the converted {@code .pretty} folder
 * @param altiumSymbolIds    each rewritten symbol id → the id as the Altium library gave it, so that notices about
 *                           Altium names count the parts that now carry the native id
 * @param altiumFootprintIds the same for footprint ids
 */
public record NativeLibraryRows(Map<String, Converted> symbols, Map<String, Converted> footprints,
                                Map<String, String> altiumSymbolIds, Map<String, String> altiumFootprintIds) {

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
        altiumSymbolIds = Map.copyOf(altiumSymbolIds);
        altiumFootprintIds = Map.copyOf(altiumFootprintIds);
    }

    /** No converted libraries: every Altium library keeps its Altium row. */
    public static NativeLibraryRows none() {
        return new NativeLibraryRows(Map.of(), Map.of(), Map.of(), Map.of());
    }
}
