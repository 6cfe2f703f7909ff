package io.github.altium2kicad.core.internal.output;

import io.github.altium2kicad.api.ConfigKey;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.output.OutputPublication;
import io.github.altium2kicad.api.output.OutputPublisher;
import io.github.altium2kicad.api.output.OutputPublisherProvider;
import io.github.altium2kicad.api.output.PublishedLibrary;
import java.util.ArrayList;
import java.util.List;

/**
 * The last output writers: the publishers the settings ask for (e.g. {@code output_database}), made before the
 * migration (a wrong setting stops it before any output) and run once the output folder is published, in order.
 */
public final class OutputPublishers {

    private final List<OutputPublisher> publishers;

    private OutputPublishers(List<OutputPublisher> publishers) {
        this.publishers = List.copyOf(publishers);
    }

    /**
     * The publishers of {@code providers} that {@code config} asks for.
     *
     * @throws MigrationException (bad input) if a provider rejects its setting
     */
    public static OutputPublishers forRun(List<OutputPublisherProvider> providers, MigrationConfig config) {
        List<OutputPublisher> publishers = new ArrayList<>();
        for (OutputPublisherProvider provider : providers) {
            provider.publisherFor(config).ifPresent(publishers::add);
        }
        if (config.outputDatabase().isPresent() && publishers.isEmpty()) {
            throw MigrationException.badInput(ConfigKey.OUTPUT_DATABASE.yamlName() + " is set but no output publisher for "
                    + "database servers is on the class path: add io.github.altium2kicad:migration-readers (the "
                    + "altium2kicad command bundles it).");
        }
        return new OutputPublishers(publishers);
    }

    /**
     * Publishes {@code library} with each publisher.
     *
     * @throws MigrationException the failed publisher's, which says the output folder is complete (see
     *                            {@link OutputPublisher#publish})
     */
    public List<OutputPublication> publish(PublishedLibrary library) {
        List<OutputPublication> done = new ArrayList<>();
        for (OutputPublisher publisher : publishers) {
            done.add(publisher.publish(library));
        }
        return done;
    }
}
