package io.github.altium2kicad.api.cache;

import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A persistent store of mapping decisions that outlives one run. The engine consults it behind its in-memory
 * memo and writes new decisions to it. Implementations must be safe for use from several threads, must treat
 * a damaged store as empty (with a warning) rather than fail the run, and must honour the settings' expiration
 * and fingerprint.
 */
public interface CacheStore extends AutoCloseable {

    /** The decision stored for {@code input}, if present, fresh and made under the current fingerprint. */
    Optional<MappingDecision> get(MappingInput input);

    /**
     * The stored decisions for several inputs at once (those without one are left out). Stores backed by a database
     * should override this to look them up in a few queries; the default calls {@link #get} for each.
     */
    default Map<MappingInput, MappingDecision> getAll(Collection<MappingInput> inputs) {
        Map<MappingInput, MappingDecision> found = new HashMap<>();
        for (MappingInput input : inputs) {
            get(input).ifPresent(d -> found.put(input, d));
        }
        return found;
    }

    /** Stores a decision (it may be written lazily, at the latest on {@link #close()}). */
    void put(MappingInput input, MappingDecision decision);

    /** Makes stored decisions durable. */
    @Override
    void close();
}
