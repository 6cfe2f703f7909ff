package io.github.altium2kicad.readers.testing;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes each table of the fixture to {@code <folder>/<table>.csv}: RFC 4180 quoting, the given encoding. */
public final class CsvFixture {

    private CsvFixture() {
    }

    public static void write(Path folder, List<PartsFixture.Table> tables, Charset charset, boolean bom, char delimiter)
            throws Exception {
        Files.createDirectories(folder);
        for (PartsFixture.Table t : tables) {
            StringBuilder s = new StringBuilder(bom ? "\uFEFF" : "");
            line(s, t.columns().stream().map(PartsFixture.Column::name).toList(), delimiter);
            for (PartsFixture.Cell[] row : t.rows()) {
                String[] texts = new String[row.length];
                for (int i = 0; i < row.length; i++) {
                    texts[i] = row[i] == null ? "" : row[i].text();
                }
                line(s, List.of(texts), delimiter);
            }
            Files.write(folder.resolve(t.name() + ".csv"), s.toString().getBytes(charset));
        }
    }

    private static void line(StringBuilder s, List<String> fields, char delimiter) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                s.append(delimiter);
            }
            String f = fields.get(i);
            boolean quote = f.indexOf(delimiter) >= 0 || f.contains("\"") || f.contains("\n") || f.contains("\r");
            s.append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
        }
        s.append("\r\n");
    }
}
