package io.github.altium2kicad.core.kicad.index;

import io.github.altium2kicad.core.kicad.index.SExpressionTokenizer.Token;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the rows of a KiCad library table ({@code sym-lib-table} or {@code fp-lib-table}). */
public final class LibTableReader {

    private LibTableReader() {
    }

    /** The rows of the table file {@code file}; errors name the file and line. */
    public static List<LibTableEntry> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The rows of the table read from {@code reader}. */
    public static List<LibTableEntry> read(Reader reader) throws IOException {
        SExpressionTokenizer tokens = new SExpressionTokenizer(reader);
        String root = tokens.next() == Token.OPEN ? tokens.nextValue() : null;
        if (!"sym_lib_table".equals(root) && !"fp_lib_table".equals(root)) {
            throw tokens.error("not a KiCad library table (expected '(sym_lib_table' or '(fp_lib_table')");
        }
        List<LibTableEntry> entries = new ArrayList<>();
        while (true) {
            Token token = tokens.next();
            if (token == Token.CLOSE && tokens.depth() == 0) {
                return entries;
            }
            if (token == Token.END) {
                throw tokens.error("end of input before the table's closing ')'");
            }
            if (token == Token.OPEN) {
                String head = tokens.nextValue();
                if ("lib".equals(head)) {
                    entries.add(readLib(tokens));
                } else if (head != null) {
                    tokens.skipList();
                }
            }
        }
    }

    private static LibTableEntry readLib(SExpressionTokenizer tokens) throws IOException {
        String name = null;
        String type = null;
        String uri = null;
        boolean disabled = false;
        int line = tokens.line();
        while (true) {
            Token token = tokens.next();
            if (token == Token.CLOSE) {
                break;
            }
            if (token == Token.END) {
                throw tokens.error("end of input inside a (lib …) row");
            }
            if (token != Token.OPEN) {
                continue;
            }
            String key = tokens.nextValue();
            if (key == null) {
                continue;
            }
            if (key.equals("disabled")) {
                disabled = true;
                tokens.skipList();
                continue;
            }
            String value = tokens.nextValue();
            if (value == null) {
                continue;
            }
            switch (key) {
                case "name" -> name = value;
                case "type" -> type = value;
                case "uri" -> uri = value;
                default -> { }
            }
            tokens.skipList();
        }
        if (name == null || uri == null) {
            throw new IOException("a (lib …) row without name or uri (line " + line + ")");
        }
        return new LibTableEntry(name, type == null ? "KiCad" : type, uri, disabled);
    }
}
