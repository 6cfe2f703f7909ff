package io.github.altium2kicad.readers.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code schema.ini} next to CSV files, as the Microsoft text drivers read it: one {@code [file.csv]} section per
 * file with {@code ColNameHeader}, {@code Format}, {@code CharacterSet} and {@code ColN} entries.
 *
 * @param sections the entries of each section, by lower-cased file name
 */
record SchemaIni(Map<String, Map<String, String>> sections) {

    static final String FILE_NAME = "schema.ini";

    SchemaIni {
        sections = Map.copyOf(sections);
    }

    /** The {@code schema.ini} in {@code folder}, or an empty one. */
    static SchemaIni in(Path folder) throws IOException {
        Path file = null;
        try (var files = Files.list(folder)) {
            file = files.filter(f -> f.getFileName().toString().equalsIgnoreCase(FILE_NAME)).findFirst().orElse(null);
        }
        if (file == null) {
            return new SchemaIni(Map.of());
        }
        byte[] bytes = Files.readAllBytes(file); // a settings file of a few lines
        String text = new String(bytes, isUtf8(bytes) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252"));
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String raw : text.split("\r\n|\r|\n")) {
            String line = raw.strip();
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = new LinkedHashMap<>();
                sections.put(line.substring(1, line.length() - 1).strip().toLowerCase(Locale.ROOT), current);
            } else if (current != null && line.indexOf('=') > 0) {
                int eq = line.indexOf('=');
                current.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return new SchemaIni(sections);
    }

    /** The entries for {@code fileName} (compared case-insensitively), or none. */
    Map<String, String> sectionFor(String fileName) {
        return sections.getOrDefault(fileName.toLowerCase(Locale.ROOT), Map.of());
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
