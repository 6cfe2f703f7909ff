package io.github.altium2kicad.core.internal.nativelib;

import java.nio.file.Path;

/**
 * What became of one used Altium library file in a run with {@code native_libraries}.
 *
 * @param kind           symbols or footprints
 * @param nickname       the library's nickname in the lib tables
 * @param source         the Altium file
 * @param output         the converted library, relative to the output folder
 * @param fingerprint    the Altium file's size, time and digest when it was converted
 * @param converter      what converted it ({@code kicad-cli 9.0.8})
 * @param status         converted now, reused from the previous output, or failed
 * @param seconds        how long the conversion took (0 when reused)
 * @param items          symbols or footprints in the converted library
 * @param modelsKept     3D models the converted footprints still reference (embedded STEP models are kept)
 * @param modelsNotFound 3D models KiCad's converter reported missing from the file and dropped
 * @param failure        why it failed; empty otherwise
 */
record LibraryConversion(NativeLibraryKind kind, String nickname, Path source, String output, SourceFingerprint fingerprint,
                         String converter, Status status, double seconds, int items, int modelsKept, int modelsNotFound,
                         String failure) {

    /** What happened to the file in this run. */
    enum Status {
        CONVERTED, REUSED, FAILED;

        String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Whether the parts can point at the converted library. */
    boolean usable() {
        return status != Status.FAILED;
    }

    /** This conversion, reused in a later run for the file as it is {@code now} (same content). */
    LibraryConversion reused(String nickname, String output, SourceFingerprint now) {
        return new LibraryConversion(kind, nickname, source, output, now, converter, Status.REUSED, 0, items,
                modelsKept, modelsNotFound, "");
    }
}
