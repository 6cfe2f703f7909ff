package io.github.altium2kicad.api.output;

import io.github.altium2kicad.api.MigrationConfig;
import java.util.Optional;

/**
 * Makes the {@link OutputPublisher} of a run if the settings ask for one (e.g. {@code output_database}). Found with
 * {@link java.util.ServiceLoader} unless passed to the engine's builder ({@code MigrationEngine.builder().outputs(..)}).
 */
public interface OutputPublisherProvider {

    /** A short name for messages, e.g. {@code database server}. */
    String name();

    /**
     * The publisher for a run with {@code config}, or empty if the settings do not ask for this output. Called before
     * the migration, so that a wrong setting stops it before any output is written.
     *
     * @throws io.github.altium2kicad.api.MigrationException (bad input) naming the setting if its value is wrong
     */
    Optional<OutputPublisher> publisherFor(MigrationConfig config);
}
