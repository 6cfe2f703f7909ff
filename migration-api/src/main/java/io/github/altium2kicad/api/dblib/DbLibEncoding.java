package io.github.altium2kicad.api.dblib;

/**
 * The character set a DbLib file was read in, and how it was chosen.
 *
 * @param charset the Java name of the character set, e.g. {@code GBK}, {@code windows-1251}, {@code UTF-8}
 * @param basis   how it was chosen, e.g. {@code byte-order mark}, {@code valid UTF-8}, {@code dblib_encoding setting},
 *                {@code 3 of 3 table names match the database}
 */
public record DbLibEncoding(String charset, String basis) {

    @Override
    public String toString() {
        return charset + " (" + basis + ")";
    }
}
