package io.github.altium2kicad.core.dblib;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the bytes of a DbLib file into text the way Altium and the editors people use on DbLib files write it.
 *
 * <p>In this order: a UTF-8 byte-order mark; a UTF-16 LE or BE byte-order mark; UTF-16 without a byte-order
 * mark, recognised by the NUL bytes that ASCII text has in every other byte; UTF-8 if the bytes are valid
 * UTF-8 (plain ASCII included); otherwise Windows-1252, the code page Altium uses on Western Windows.
 * The byte-order mark is not part of the text. {@link DecodedText#lines()} accepts CRLF, LF and lone CR
 * line ends.
 */
public final class DbLibTextDecoder {

    /** Windows-1252 is in every JDK we run on, but look it up by name so a missing one fails loudly here. */
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** How many leading bytes are inspected to recognise BOM-less UTF-16. */
    private static final int UTF16_SNIFF_BYTES = 512;

    private DbLibTextDecoder() {
    }

    /**
     * Decoded text with the character set it was read in.
     *
     * @param text          the text, without a byte-order mark
     * @param charset       the character set the bytes were decoded with
     * @param byteOrderMark true if the bytes began with a byte-order mark
     */
    public record DecodedText(String text, Charset charset, boolean byteOrderMark) {

        /** The lines of the text, split at CRLF, LF or a lone CR; a final line end does not add an empty line. */
        public List<String> lines() {
            List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
            if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines = lines.subList(0, lines.size() - 1);
            }
            return lines;
        }
    }

    /** Decodes {@code bytes}; never fails (Windows-1252 decodes any byte sequence). */
    public static DecodedText decode(byte[] bytes) {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new DecodedText(new String(bytes, 3, n - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    true);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new DecodedText(new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE, true);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new DecodedText(new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE, true);
        }
        Charset utf16 = bomLessUtf16(bytes);
        if (utf16 != null) {
            return new DecodedText(new String(bytes, utf16), utf16, false);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new DecodedText(text, StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException notUtf8) {
            return new DecodedText(new String(bytes, WINDOWS_1252), WINDOWS_1252, false);
        }
    }

    /**
     * UTF-16LE or UTF-16BE if the leading bytes look like mostly-ASCII UTF-16 (NULs in nearly all odd, or nearly
     * all even, positions and almost none in the other), else {@code null}.
     */
    private static Charset bomLessUtf16(byte[] bytes) {
        int limit = Math.min(bytes.length, UTF16_SNIFF_BYTES) & ~1;
        if (limit < 2) {
            return null;
        }
        int pairs = limit / 2;
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < limit; i += 2) {
            if (bytes[i] == 0) {
                evenNuls++;
            }
            if (bytes[i + 1] == 0) {
                oddNuls++;
            }
        }
        // ASCII-heavy text: the high byte of (almost) every code unit is 0 and the low byte (almost) never.
        if (oddNuls * 10 >= pairs * 8 && evenNuls * 10 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNuls * 10 >= pairs * 8 && oddNuls * 10 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }
}
