package io.github.altium2kicad.api.cache;

import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
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

    /** Stores a decision (it may be written lazily, at the latest on {@link #close()}). */
    void put(MappingInput input, MappingDecision decision);

    /** Makes stored decisions durable. */
    @Override
    void close();
}
