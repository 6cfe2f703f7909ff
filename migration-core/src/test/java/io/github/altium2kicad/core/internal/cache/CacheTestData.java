package io.github.altium2kicad.core.internal.cache;

import io.github.altium2kicad.api.cache.CacheStoreSettings;
import io.github.altium2kicad.api.mapping.AltiumFootprint;
import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Inputs, decisions and settings shared by the cache tests. */
final class CacheTestData {

    static final Instant START = Instant.parse("2025-03-01T12:00:00Z");
    static final String FINGERPRINT = "f".repeat(64);

    private CacheTestData() {
    }

    static MappingInput input(int n) {
        return new MappingInput("Resistors", "RES" + n, "Passives.SchLib",
                List.of(new AltiumFootprint("R0603_" + n, "Chip.PcbLib")), Map.of("Value", n + "k"));
    }

    static MappingDecision decision(int n) {
        return new MappingDecision(Optional.of(new KicadLibId("Passives", "RES" + n)),
                List.of(new KicadLibId("Chip", "R0603_" + n)), 1.0, "preserve",
                List.of("Library Ref=RES" + n + " in Passives.SchLib"), List.of());
    }

    static CacheStoreSettings settings(Path directory) {
        return settings(directory, FINGERPRINT, false);
    }

    static CacheStoreSettings settings(Path directory, String fingerprint, boolean compression) {
        return new CacheStoreSettings(directory, Duration.ofDays(30), compression, fingerprint);
    }
}
