package io.github.altium2kicad.api;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A size in bytes written the way people write it in a config file: {@code 512MB}, {@code 2GB},
 * {@code 1.5 GiB}, {@code 65536}. Units are binary (1 KB = 1024 bytes), as the JVM's {@code -Xmx} uses them.
 *
 * @param bytes the size in bytes, positive
 */
public record ByteSize(long bytes) {

    private static final Pattern FORMAT = Pattern.compile("(?i)\\s*(\\d+(?:\\.\\d+)?)\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib|t|tb|tib)?\\s*");

    public ByteSize {
        if (bytes <= 0) {
            throw new IllegalArgumentException("a size must be positive, got " + bytes + " bytes");
        }
    }

    /**
     * Parses {@code 2GB}, {@code 512 MB}, {@code 1.5GiB}, {@code 4096}.
     *
     * @throws IllegalArgumentException with the accepted forms if the text is not a size
     */
    public static ByteSize parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size; write e.g. 512MB, 2GB or a number of bytes");
        }
        double number = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        long factor = switch (unit.charAt(0)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            case 't' -> 1L << 40;
            default -> 1L;
        };
        return new ByteSize(Math.round(number * factor));
    }

    /** Megabytes (MiB), for display. */
    public double megabytes() {
        return bytes / (1024.0 * 1024.0);
    }

    @Override
    public String toString() {
        if (bytes % (1L << 30) == 0) {
            return bytes / (1L << 30) + "GB";
        }
        if (bytes % (1L << 20) == 0) {
            return bytes / (1L << 20) + "MB";
        }
        if (bytes % (1L << 10) == 0) {
            return bytes / (1L << 10) + "KB";
        }
        return Long.toString(bytes);
    }
}
