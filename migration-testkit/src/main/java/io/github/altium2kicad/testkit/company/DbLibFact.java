package io.github.altium2kicad.testkit.company;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Set;

/**
 * One DbLib of a generated company library.
 *
 * @param file     the DbLib
 * @param encoding the code page its text is in (no BOM)
 * @param database the SQLite database or Excel workbook it names
 * @param repeated sections written twice, word for word
 */
public record DbLibFact(Path file, Charset encoding, Path database, Set<String> repeated) {

    public DbLibFact {
        repeated = Set.copyOf(repeated);
    }
}
