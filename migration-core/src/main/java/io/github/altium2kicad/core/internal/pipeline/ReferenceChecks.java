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
    private final Cache<MappingInput, Checked> memo = Caffeine.newBuilder().maximumSize(MEMO_SIZE).build();
    private final ConcurrentMap<String, AltiumReferenceFinding> nameChanges = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AltiumReferenceFinding> missingNames = new ConcurrentHashMap<>();

    public ReferenceChecks(AltiumReferenceValidator validator) {
        this.validator = validator;
    }

    /**
     * What checking one part found.
     *
     * @param findings what the part's review and issues are made of (all but missing files and changed names)
     * @param noticed  its changed and missing names, which the run's notices list once each (see {@link #remember})
     */
    public record Checked(List<AltiumReferenceFinding> findings, List<AltiumReferenceFinding> noticed) {
    }

    /** The findings about {@code part}'s symbol and footprint references. Thread-safe. */
    public List<AltiumReferenceFinding> check(MappingInput part) {
        return memo.get(part, this::validate).findings();
    }

    /** As {@link #check}, without keeping the result (for callers that check each distinct input once). */
    public Checked checkOnce(MappingInput part) {
        Checked known = memo.getIfPresent(part);
        return known != null ? known : validate(part);
    }

    /**
     * Adds names noticed when the part was checked on an earlier run ({@link Checked#noticed}), for parts whose
     * decisions were restored instead of checked again.
     */
    public void remember(Collection<AltiumReferenceFinding> noticed) {
        noticed.forEach(this::notice);
    }

    /** The distinct symbol and footprint names not in their (read) library file, of every part checked so far. */
    public Collection<AltiumReferenceFinding> missingNames() {
        return List.copyOf(missingNames.values());
    }

    /** The distinct names written as KiCad lists them, of every part checked so far. */
    public Collection<AltiumReferenceFinding> nameChanges() {
        return List.copyOf(nameChanges.values());
    }

    private Checked validate(MappingInput part) {
        List<AltiumReferenceFinding> all = validator.validate(part);
        List<AltiumReferenceFinding> noticed = all.stream().filter(ReferenceChecks::noticed).toList();
        noticed.forEach(this::notice);
        List<AltiumReferenceFinding> findings = all.stream()
                .filter(f -> f.kind() != AltiumReferenceFinding.Kind.MISSING_FILE && f.kind() != AltiumReferenceFinding.Kind.NAME_CHANGED)
                .toList();
        return new Checked(findings.isEmpty() ? List.of() : findings, noticed.isEmpty() ? List.of() : noticed);
    }

    /** Changed and missing names are listed once per run; files missing or unreadable are counted per file. */
    private static boolean noticed(AltiumReferenceFinding f) {
        return switch (f.kind()) {
            case NAME_CHANGED, MISSING_SYMBOL, MISSING_FOOTPRINT -> true;
            default -> false;
        };
    }

    private void notice(AltiumReferenceFinding f) {
        String key = (f.isSymbol() ? "symbol|" : "footprint|") + LibraryNickname.comparisonKey(f.libraryPath()) + "|" + f.name();
        if (f.kind() == AltiumReferenceFinding.Kind.NAME_CHANGED) {
            nameChanges.putIfAbsent(key, f);
        } else if (noticed(f)) {
            missingNames.putIfAbsent(key, f);
        }
    }
}
