package io.github.altium2kicad.core.dblib;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the bytes of a DbLib file into text the way Altium and the editors people use on DbLib files write it.
 *
 * <p>In this order: a UTF-8 byte-order mark; a UTF-16 LE or BE byte-order mark; UTF-16 without a byte-order
 * mark, recognised by the NUL bytes that ASCII text has in every other byte; UTF-8 if the bytes are valid
 * UTF-8 (plain ASCII included); otherwise Windows-1252, the code page Altium uses on Western Windows.
 * The byte-order mark is not part of the text. {@link DecodedText#lines()} accepts CRLF, LF and lone CR
 * line ends.
 *
 * <p>Altium writes a DbLib in the ANSI code page of the Windows machine it runs on, so a Chinese library is GBK, a
 * Russian one windows-1251, a Japanese one windows-31j (CP932). The bytes alone cannot tell these apart;
 * {@link #readings(byte[], Optional)} gives every code page the bytes are valid in, for the caller to pick the one
 * under which the DbLib's table names match the database (see {@code DbLibEncodingChooser}).
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

    /**
     * The ANSI code pages of Windows that Altium may have written a DbLib in, Windows-1252 (Western Europe and the
     * Americas) first: the one used when nothing else decides. Then Chinese (GBK = CP936, Big5 = CP950), Russian
     * (CP1251), Japanese (CP932), Korean (CP949), Central European (CP1250), Greek, Turkish, Hebrew, Arabic, Baltic,
     * Vietnamese (CP1253–CP1258).
     */
    static final List<String> ANSI_CODE_PAGES = List.of("windows-1252", "GBK", "windows-1251", "windows-31j",
            "x-windows-950", "x-windows-949", "windows-1250", "windows-1253", "windows-1254", "windows-1255",
            "windows-1256", "windows-1257", "windows-1258");

    /** How a reading's character set was found. */
    public enum Basis {
        /** A UTF-8 or UTF-16 byte-order mark. */
        BYTE_ORDER_MARK("byte-order mark"),
        /** UTF-16 recognised by its NUL bytes. */
        UTF16_PATTERN("UTF-16 without byte-order mark"),
        /** The bytes are valid UTF-8 (plain ASCII included). */
        VALID_UTF8("valid UTF-8"),
        /** The {@code dblib_encoding} setting. */
        SETTING("dblib_encoding setting"),
        /** One of the ANSI code pages the bytes are valid in; the caller chooses among them. */
        ANSI_CANDIDATE("ANSI code page");

        private final String description;

        Basis(String description) {
            this.description = description;
        }

        /** A few words for messages and the summary. */
        public String description() {
            return description;
        }
    }

    /** One way to read the bytes. */
    public record Reading(DecodedText text, Basis basis) {
    }

    /**
     * The ways to read {@code bytes}: exactly one if {@code forced} is given, a byte-order mark or UTF-16 is found or
     * the bytes are valid UTF-8; otherwise every ANSI code page of {@link #ANSI_CODE_PAGES} in which the bytes are
     * valid and that gives a text no other one gave, Windows-1252 always first, and last UTF-8 with the invalid bytes
     * replaced by U+FFFD (a UTF-8 file in which one setting was saved in an ANSI code page).
     */
    public static List<Reading> readings(byte[] bytes, Optional<Charset> forced) {
        if (forced.isPresent()) {
            Charset charset = forced.get();
            int skip = 0;
            if (charset.equals(StandardCharsets.UTF_8) && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF
                    && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
                skip = 3;
            }
            return List.of(new Reading(new DecodedText(new String(bytes, skip, bytes.length - skip, charset), charset,
                    skip > 0), Basis.SETTING));
        }
        DecodedText definite = decode(bytes);
        if (!definite.charset().equals(WINDOWS_1252)) {
            Basis basis = definite.byteOrderMark() ? Basis.BYTE_ORDER_MARK
                    : definite.charset().equals(StandardCharsets.UTF_8) ? Basis.VALID_UTF8 : Basis.UTF16_PATTERN;
            return List.of(new Reading(definite, basis));
        }
        Map<String, Reading> byText = new LinkedHashMap<>();
        byText.put(definite.text(), new Reading(definite, Basis.ANSI_CANDIDATE));
        for (String name : ANSI_CODE_PAGES.subList(1, ANSI_CODE_PAGES.size())) {
            Optional<Charset> charset = available(name);
            if (charset.isEmpty()) {
                continue;
            }
            strict(bytes, charset.get()).ifPresent(text ->
                    byText.putIfAbsent(text, new Reading(new DecodedText(text, charset.get(), false), Basis.ANSI_CANDIDATE)));
        }
        // mostly UTF-8 with a few stray bytes (a UI setting saved by another editor): its names still match
        String lenientUtf8 = new String(bytes, StandardCharsets.UTF_8);
        byText.putIfAbsent(lenientUtf8, new Reading(new DecodedText(lenientUtf8, StandardCharsets.UTF_8, false),
                Basis.ANSI_CANDIDATE));
        return new ArrayList<>(byText.values());
    }

    private static Optional<Charset> available(String name) {
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The text if every byte sequence is valid and mapped in {@code charset}. */
    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
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
