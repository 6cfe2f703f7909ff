package io.github.altium2kicad.core.mapping;

import java.util.Locale;

/**
 * Derives a KiCad library nickname from an Altium library file name: the name without folder and extension,
 * with every character KiCad does not accept in a nickname (anything but letters, digits, {@code _ - . +})
 * replaced by {@code _}. {@code C:\Libs\Passive Parts.SchLib} → {@code Passive_Parts}.
 */
public final class LibraryNickname {

    private LibraryNickname() {
    }

    /** The nickname stem of {@code pathAsWritten} (Windows or POSIX separators). */
    public static String fromPath(String pathAsWritten) {
        String name = fileName(pathAsWritten);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String cleaned = stem.replaceAll("[^\\p{L}\\p{N}_.+-]+", "_").replaceAll("^[_.]+|_+$", "");
        return cleaned.isEmpty() ? "Altium" : cleaned;
    }

    /** The last segment of a Windows or POSIX path. */
    public static String fileName(String pathAsWritten) {
        String p = pathAsWritten.strip();
        int cut = Math.max(p.lastIndexOf('\\'), p.lastIndexOf('/'));
        return cut >= 0 ? p.substring(cut + 1) : p;
    }

    /** A key under which two spellings of the same path compare equal (case and separators folded). */
    public static String comparisonKey(String pathAsWritten) {
        return pathAsWritten.strip().replace('\\', '/').toLowerCase(Locale.ROOT);
    }
}
