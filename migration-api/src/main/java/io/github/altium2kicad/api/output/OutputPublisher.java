package io.github.altium2kicad.api.output;

/**
 * Publishes a finished migration somewhere besides its output folder, e.g. copies its tables to a team database
 * server. Runs after the output folder is published; made by an {@link OutputPublisherProvider} for one run.
 */
public interface OutputPublisher {

    /**
     * Publishes {@code library}.
     *
     * @throws io.github.altium2kicad.api.MigrationException bad input if the destination does not accept the library
     *                                                       (login, privileges, names, values), failure otherwise; the
     *                                                       destination must then be as it was, and the message say
     *                                                       that the output folder is complete and what was not updated
     */
    OutputPublication publish(PublishedLibrary library);
}
