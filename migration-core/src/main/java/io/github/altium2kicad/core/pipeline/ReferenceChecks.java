package io.github.altium2kicad.core.pipeline;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.core.altium.AltiumReferenceFinding;
import io.github.altium2kicad.core.altium.AltiumReferenceValidator;
import java.util.List;

/**
 * The per-part check of Altium references, as the pipeline reports it: once per distinct input (memoized), and
 * without "library file not found", which the migration summary reports once per library file rather than once per
 * part (a missing library would otherwise flag every part that uses it).
 */
public final class ReferenceChecks {

    private static final long MEMO_SIZE = 100_000;

    private final AltiumReferenceValidator validator;
    private final Cache<MappingInput, List<AltiumReferenceFinding>> memo = Caffeine.newBuilder().maximumSize(MEMO_SIZE).build();

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

    private List<AltiumReferenceFinding> validate(MappingInput part) {
        List<AltiumReferenceFinding> findings = validator.validate(part).stream()
                .filter(f -> f.kind() != AltiumReferenceFinding.Kind.MISSING_FILE).toList();
        return findings.isEmpty() ? List.of() : findings;
    }
}
