package io.github.altium2kicad.core.internal.pipeline;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.core.altium.AltiumReferenceFinding;
import io.github.altium2kicad.core.altium.AltiumReferenceValidator;
import io.github.altium2kicad.core.mapping.LibraryNickname;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The per-part check of Altium references, as the pipeline reports it: once per distinct input (memoized), and
 * without "library file not found", which the migration summary reports once per library file rather than once per
 * part (a missing library would otherwise flag every part that uses it). Keeps each distinct name written as KiCad
 * lists it ({@link AltiumReferenceFinding.Kind#NAME_CHANGED}) for the run's notices.
 */
public final class ReferenceChecks {

    private static final long MEMO_SIZE = 100_000;

    private final AltiumReferenceValidator validator;
    private final Cache<MappingInput, List<AltiumReferenceFinding>> memo = Caffeine.newBuilder().maximumSize(MEMO_SIZE).build();
    private final ConcurrentMap<String, AltiumReferenceFinding> nameChanges = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AltiumReferenceFinding> missingNames = new ConcurrentHashMap<>();

    public ReferenceChecks(AltiumReferenceValidator validator) {
        this.validator = validator;
    }

    /** The findings about {@code part}'s symbol and footprint references. Thread-safe. */
    public List<AltiumReferenceFinding> check(MappingInput part) {
        return memo.get(part, this::validate);
    }

    /** As {@link #check}, without keeping the result (for callers that check each distinct input once). */
    public List<AltiumReferenceFinding> checkOnce(MappingInput part) {
        List<AltiumReferenceFinding> known = memo.getIfPresent(part);
        return known != null ? known : validate(part);
    }

    /** The distinct symbol and footprint names not in their (read) library file, of every part checked so far. */
    public Collection<AltiumReferenceFinding> missingNames() {
        return List.copyOf(missingNames.values());
    }

    /** The distinct names written as KiCad lists them, of every part checked so far. */
    public Collection<AltiumReferenceFinding> nameChanges() {
        return List.copyOf(nameChanges.values());
    }

    private List<AltiumReferenceFinding> validate(MappingInput part) {
        List<AltiumReferenceFinding> all = validator.validate(part);
        for (AltiumReferenceFinding f : all) {
            String key = (f.isSymbol() ? "symbol|" : "footprint|") + LibraryNickname.comparisonKey(f.libraryPath()) + "|" + f.name();
            switch (f.kind()) {
                case NAME_CHANGED -> nameChanges.putIfAbsent(key, f);
                case MISSING_SYMBOL, MISSING_FOOTPRINT -> missingNames.putIfAbsent(key, f);
                default -> {
                    // files missing or unreadable are counted per file
                }
            }
        }
        List<AltiumReferenceFinding> findings = all.stream()
                .filter(f -> f.kind() != AltiumReferenceFinding.Kind.MISSING_FILE && f.kind() != AltiumReferenceFinding.Kind.NAME_CHANGED)
                .toList();
        return findings.isEmpty() ? List.of() : findings;
    }
}
