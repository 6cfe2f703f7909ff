package io.github.altium2kicad.readers.excel;

/**
 * The worksheet a DbLib {@code TableName} names. Through the ACE OLE DB provider a sheet is the table
 * {@code Sheet$}, quoted when the name has spaces or punctuation: {@code 'Caps - Ceramic$'} (an apostrophe in the
 * name is doubled). A name without {@code $} is taken as the sheet name itself.
 */
final class SheetName {

    private SheetName() {
    }

    /** {@code 'Sheet Name$'} → {@code Sheet Name}, {@code Resistors$} → {@code Resistors}, {@code 'O''Hara$'} → {@code O'Hara}. */
    static String of(String tableName) {
        String s = tableName.strip();
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
            s = s.substring(1, s.length() - 1).replace("''", "'");
        } else if (s.length() >= 2 && s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.endsWith("$") ? s.substring(0, s.length() - 1) : s;
    }

    /** The table name the ACE provider gives a sheet: {@code Resistors$} or {@code 'Caps - Ceramic$'}. */
    static String asTable(String sheet) {
        return sheet.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')
                ? sheet + "$" : "'" + sheet.replace("'", "''") + "$'";
    }
}
