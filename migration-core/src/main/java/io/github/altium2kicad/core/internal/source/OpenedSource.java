package io.github.altium2kicad.core.internal.source;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.source.SourceLocation;
import io.github.altium2kicad.api.source.SourceReader;
import io.github.altium2kicad.core.dblib.DbLibEncodingChooser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A DbLib's database, open, and the reading of the DbLib that fits it: for a DbLib in a Windows ANSI code page,
 * the code page whose table names the database has (see {@link DbLibEncodingChooser}).
 * The database is located with the first reading whose connection string leads to one (a path such as
 * {@code D:\元件库\Parts.db} is found only in the right code page), which is also preferred on a tie.
 *
 * @param library  the chosen reading of the DbLib
 * @param location where the database is
 * @param reader   the open reader; the caller closes it (or this)
 */
public record OpenedSource(LibraryDescriptor library, SourceLocation location, SourceReader reader) implements AutoCloseable {

    /**
     * Locates and opens the database of {@code readings} (the readings of one DbLib, the default first): located with
     * the first reading whose connection string leads to a database, then the reading is chosen against it.
     *
     * @throws MigrationException (bad input) as {@link SourceLocator#locate} and {@link SourceReaders#open} do, for
     *                            the first reading, if no reading leads to a database
     */
    public static OpenedSource open(List<LibraryDescriptor> readings, Optional<String> override, SourceLocator locator,
                                    SourceReaders readers) {
        MigrationException first = null;
        for (LibraryDescriptor reading : readings) {
            SourceLocation location;
            try {
                location = locator.locate(reading, override);
            } catch (MigrationException e) {
                if (first == null) {
                    first = e;
                }
                continue;
            }
            SourceReader reader = readers.open(location, reading);
            try {
                // on a tie, the reading whose connection string led to the database is the better guess
                List<LibraryDescriptor> ordered = new ArrayList<>(readings);
                ordered.remove(reading);
                ordered.add(0, reading);
                LibraryDescriptor chosen = DbLibEncodingChooser.choose(ordered, reader::hasTable,
                        table -> reader.schema(table).columns());
                return new OpenedSource(chosen, location, reader);
            } catch (RuntimeException e) {
                reader.close();
                throw e;
            }
        }
        throw first;
    }

    @Override
    public void close() {
        reader.close();
    }
}
