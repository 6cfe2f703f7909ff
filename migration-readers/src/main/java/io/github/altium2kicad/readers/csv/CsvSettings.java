package io.github.altium2kicad.readers.csv;

import io.github.altium2kicad.api.MigrationException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How to read a CSV file, in the terms of the Microsoft text drivers (the connection string's extended properties
 * and {@code schema.ini}):
 *
 * @param delimiter   the field separator: {@code FMT=Delimited} or {@code CSVDelimited} is a comma,
 *                    {@code Delimited(;)} names one, {@code TabDelimited} is a tab
 * @param header      {@code HDR=Yes}/{@code ColNameHeader=True} (the default): the first record holds the names
 * @param charset     {@code CharacterSet} ({@code 65001}, {@code ANSI}, {@code OEM}, {@code Unicode}, a code page
 *                    number or a charset name); empty to detect it (a byte-order mark, else UTF-8 if the whole file
 *                    is valid UTF-8, else Windows-1252)
 * @param columnNames the names of {@code schema.ini}'s {@code Col1=…}, {@code Col2=…} entries, used when there is
 *                    no header row
 */
record CsvSettings(char delimiter, boolean header, Optional<Charset> charset, List<String> columnNames) {

    CsvSettings {
        columnNames = List.copyOf(columnNames);
    }

    /** The settings in a location's properties ({@code HDR}, {@code FMT}, {@code CharacterSet}). */
    static CsvSettings of(Map<String, String> properties) {
        Map<String, String> p = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        p.putAll(properties);
        return new CsvSettings(',', true, Optional.empty(), List.of()).with(p, "the connection string");
    }

    /**
     * These settings overridden by {@code values} (case-insensitive keys: {@code HDR}/{@code ColNameHeader},
     * {@code FMT}/{@code Format}, {@code CharacterSet}, {@code ColN}).
     *
     * @param where where the values come from, for messages
     */
    CsvSettings with(Map<String, String> values, String where) {
        char d = delimiter;
        boolean h = header;
        Optional<Charset> cs = charset;
        List<String> names = columnNames;
        String format = first(values, "Format", "FMT");
        if (format != null) {
            d = delimiterOf(format, where);
        }
        String hdr = first(values, "ColNameHeader", "HDR");
        if (hdr != null) {
            h = hdr.equalsIgnoreCase("yes") || hdr.equalsIgnoreCase("true") || hdr.equals("1");
        }
        String set = first(values, "CharacterSet");
        if (set != null) {
            cs = Optional.of(charsetOf(set, where));
        }
        Map<Integer, String> cols = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.toLowerCase(Locale.ROOT).matches("col[0-9]+")) {
                cols.put(Integer.parseInt(k.substring(3)), columnName(v));
            }
        });
        if (!cols.isEmpty()) {
            names = List.copyOf(cols.values());
        }
        return new CsvSettings(d, h, cs, names);
    }

    private static String first(Map<String, String> values, String... keys) {
        for (String key : keys) {
            for (Map.Entry<String, String> e : values.entrySet()) {
                if (e.getKey().equalsIgnoreCase(key) && e.getValue() != null && !e.getValue().isBlank()) {
                    return e.getValue().strip();
                }
            }
        }
        return null;
    }

    private static char delimiterOf(String format, String where) {
        String f = format.strip();
        String lower = f.toLowerCase(Locale.ROOT);
        if (lower.equals("delimited") || lower.equals("csvdelimited")) {
            return ',';
        }
        if (lower.equals("tabdelimited")) {
            return '\t';
        }
        if (lower.startsWith("delimited(") && f.endsWith(")") && f.length() == "Delimited(x)".length()) {
            return f.charAt("Delimited(".length());
        }
        throw MigrationException.badInput("Format '" + format + "' in " + where + " is not one this tool reads: use "
                + "CSVDelimited, TabDelimited or Delimited(x) with a one-character separator x (FixedLength is not supported).");
    }

    private static Charset charsetOf(String name, String where) {
        String n = name.strip();
        switch (n.toLowerCase(Locale.ROOT)) {
            case "65001", "utf-8", "utf8" -> {
                return StandardCharsets.UTF_8;
            }
            case "ansi", "1252" -> {
                return Charset.forName("windows-1252");
            }
            case "oem", "437" -> {
                return Charset.forName("IBM437");
            }
            case "unicode", "1200" -> {
                return StandardCharsets.UTF_16LE;
            }
            default -> {
                for (String candidate : List.of(n, "windows-" + n, "cp" + n, "IBM" + n)) {
                    try {
                        return Charset.forName(candidate);
                    } catch (IllegalArgumentException unknown) {
                        // try the next spelling
                    }
                }
                throw MigrationException.badInput("CharacterSet '" + name + "' in " + where + " is not a character set "
                        + "this Java knows: use 65001 (UTF-8), ANSI (Windows-1252), OEM or a code page number.");
            }
        }
    }

    /** {@code "Part Number" Text Width 50} → {@code Part Number}; {@code Value Text} → {@code Value}. */
    private static String columnName(String definition) {
        String d = definition.strip();
        if (d.startsWith("\"")) {
            int end = d.indexOf('"', 1);
            return end > 0 ? d.substring(1, end) : d.substring(1);
        }
        int space = d.indexOf(' ');
        return space > 0 ? d.substring(0, space) : d;
    }
}
