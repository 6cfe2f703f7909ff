package io.github.altium2kicad.core.internal.source;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.source.SourceLocation;
import io.github.altium2kicad.api.source.SourceReader;
import io.github.altium2kicad.api.source.SourceReaderProvider;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The source reader providers found with {@link ServiceLoader}, and the choice of one for a location. */
public final class SourceReaders {

    private final List<SourceReaderProvider> providers;

    /** The providers on the class path (user providers first, by class-path order). */
    public static SourceReaders discover() {
        return new SourceReaders(ServiceLoader.load(SourceReaderProvider.class).stream()
                .map(ServiceLoader.Provider::get).toList());
    }

    public SourceReaders(List<SourceReaderProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /** The providers, in the order they are tried. */
    public List<SourceReaderProvider> providers() {
        return providers;
    }

    /**
     * Opens {@code location} with the first provider that supports it.
     *
     * @throws MigrationException (bad input) if no provider can read it
     */
    public SourceReader open(SourceLocation location, LibraryDescriptor library) {
        for (SourceReaderProvider provider : providers) {
            if (provider.supports(location)) {
                return provider.open(location, library);
            }
        }
        throw MigrationException.badInput("No reader on the class path can read the " + location
                + " (readers available: " + providers.stream().map(SourceReaderProvider::name).collect(Collectors.joining(", "))
                + "). Export the tables to SQLite and pass --database <file.sqlite>.");
    }
}
