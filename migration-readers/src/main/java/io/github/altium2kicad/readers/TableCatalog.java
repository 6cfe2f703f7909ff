package io.github.altium2kicad.readers;

import io.github.altium2kicad.api.MigrationException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tables (sheets, files) a source has, for finding the one a DbLib names. Names compare exactly first, then
 * case-insensitively, as Altium's OLE DB and ODBC providers do.
 *
 * @param source a secret-free description of the source, for messages
 * @param noun   what a table is called in this source ({@code table}, {@code sheet}, {@code CSV file})
 * @param names  the names as the source spells them, in the order to list them
 */
public record TableCatalog(String source, String noun, List<String> names) {

    public TableCatalog {
        names = List.copyOf(names);
    }

    /** The name as the source spells it, if there is a match. */
    public Optional<String> find(String wanted) {
        if (names.contains(wanted)) {
            return Optional.of(wanted);
        }
        String lower = wanted.toLowerCase(Locale.ROOT);
        return names.stream().filter(n -> n.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }

    /**
     * The name as the source spells it.
     *
     * @param wanted  the name to look for
     * @param asNamed the table name as the DbLib writes it, for the message
     * @throws MigrationException (bad input) listing what the source has, if there is no match
     */
    public String resolve(String wanted, String asNamed) {
        return find(wanted).orElseThrow(() -> notFound(asNamed, ""));
    }

    /** The bad-input exception for a table the source does not have; {@code hint} is appended when not blank. */
    public MigrationException notFound(String asNamed, String hint) {
        return MigrationException.badInput("The DbLib names table '" + asNamed + "', but the " + source + " has no such "
                + noun + ". " + capitalized(noun) + "s there: " + (names.isEmpty() ? "(none)" : String.join(", ", names))
                + ". " + (hint.isBlank() ? "" : hint + " ")
                + "Fix the TableName in the DbLib or disable the table (Enabled=False).");
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
