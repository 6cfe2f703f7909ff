package io.github.altium2kicad.readers.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The encoding of a text file and the length of its byte-order mark. A BOM (UTF-8, UTF-16 LE/BE) decides; else
 * a declared charset; else UTF-8 if every byte of the file decodes as UTF-8 (checked in one streaming pass), else
 * Windows-1252, the encoding Excel and Access on Western Windows write "CSV" in.
 *
 * @param charset  the encoding
 * @param bomBytes the number of BOM bytes to skip
 */
record CsvCharset(Charset charset, int bomBytes) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static CsvCharset of(Path file, java.util.Optional<Charset> declared) throws IOException {
        byte[] head = new byte[3];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 3);
        }
        byte[] h = Arrays.copyOf(head, n);
        if (n >= 3 && (h[0] & 0xFF) == 0xEF && (h[1] & 0xFF) == 0xBB && (h[2] & 0xFF) == 0xBF) {
            return new CsvCharset(StandardCharsets.UTF_8, 3);
        }
        if (n >= 2 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xFE) {
            return new CsvCharset(StandardCharsets.UTF_16LE, 2);
        }
        if (n >= 2 && (h[0] & 0xFF) == 0xFE && (h[1] & 0xFF) == 0xFF) {
            return new CsvCharset(StandardCharsets.UTF_16BE, 2);
        }
        if (declared.isPresent()) {
            return new CsvCharset(declared.get(), 0);
        }
        return new CsvCharset(isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    private static boolean isUtf8(Path file) throws IOException {
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            char[] buffer = new char[16 * 1024];
            while (reader.read(buffer) >= 0) {
                // decode only: a malformed byte throws
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A reader of {@code file} in this encoding, after the BOM. */
    Reader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(bomBytes);
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new java.io.BufferedReader(new InputStreamReader(in, charset), 64 * 1024);
    }
}
