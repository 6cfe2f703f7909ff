package io.github.altium2kicad.examples.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes {@code expected-kicad-mapping.csv}: for each keyed row of each table, the KiCad 6 standard-library symbol
 * and footprint the part certainly maps to, blank where no answer is certain. RFC 4180 quoting, LF line ends.
 * A key used twice in one table (a planted duplicate) gives one line; both rows mean the same part.
 */
final class ExpectedMappingCsvWriter {

    static final String HEADER = "table,Part Number,kicad_symbol,kicad_footprint";

    private ExpectedMappingCsvWriter() {
    }

    static void write(List<SampleTable> tables, Path file) throws IOException {
        Files.writeString(file, text(tables), StandardCharsets.UTF_8);
    }

    static String text(List<SampleTable> tables) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (SampleTable table : tables) {
            Map<String, KicadExpectation> byKey = new LinkedHashMap<>();
            for (SamplePart part : table.parts()) {
                String key = part.partNumber();
                if (key == null || key.isBlank()) {
                    continue;
                }
                KicadExpectation previous = byKey.putIfAbsent(key, part.expected());
                if (previous != null && !sameAnswer(previous, part.expected())) {
                    throw new IllegalStateException("table " + table.name() + ": key " + key
                            + " is used for parts with different KiCad answers");
                }
            }
            for (Map.Entry<String, KicadExpectation> entry : byKey.entrySet()) {
                KicadExpectation e = entry.getValue();
                csv.append(field(table.name())).append(',').append(field(entry.getKey())).append(',')
                        .append(field(e.symbol())).append(',').append(field(e.footprint())).append('\n');
            }
        }
        return csv.toString();
    }

    private static boolean sameAnswer(KicadExpectation a, KicadExpectation b) {
        return Objects.equals(a.symbol(), b.symbol()) && Objects.equals(a.footprint(), b.footprint());
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
