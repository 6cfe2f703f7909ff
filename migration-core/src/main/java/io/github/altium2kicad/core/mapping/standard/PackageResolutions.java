package io.github.altium2kicad.core.mapping.standard;

import io.github.altium2kicad.core.kicad.index.FootprintMount;
import io.github.altium2kicad.core.kicad.index.KicadLibraryIndex;

/**
 * The KiCad names for a part family in a package, proposed ({@link FootprintCandidates}) and checked
 * ({@link CandidateResolver}) against one index, memoized: a library has many parts but few distinct packages.
 * Thread-safe.
 */
final class PackageResolutions {

    /** What a resolution depends on; {@code diodeKind} and {@code mount} may be null. */
    private record Question(PartFamily family, DiodeKind diodeKind, PackageSpec spec, FootprintMount mount,
                            boolean footprintOnly) {
    }

    private final FootprintCandidates candidates;
    private final CandidateResolver resolver;
    private final Memo<Question, Resolution> answers = new Memo<>(20_000, this::answer);

    PackageResolutions(KicadLibraryIndex index) {
        this.candidates = new FootprintCandidates(index);
        this.resolver = new CandidateResolver(index);
    }

    /** The symbol and footprint for a part of {@code family} in {@code spec}; {@code mount} may be null. */
    Resolution symbolAndFootprint(PartFamily family, DiodeKind diodeKind, PackageSpec spec, FootprintMount mount) {
        return answers.apply(new Question(family, diodeKind, spec, mount, false));
    }

    /** The footprint alone (the symbol is not proposed) for a part of {@code family} in {@code spec}. */
    Resolution footprintOnly(PartFamily family, PackageSpec spec, FootprintMount mount) {
        return answers.apply(new Question(family, null, spec, mount, true));
    }

    /** The resolver the answers are checked with, for candidates found otherwise. */
    CandidateResolver resolver() {
        return resolver;
    }

    private Resolution answer(Question q) {
        CandidateSet proposal = candidates.propose(q.family(), q.diodeKind(), q.spec());
        if (q.footprintOnly()) {
            proposal = new CandidateSet(null, proposal.footprints(), proposal.note());
        }
        return resolver.resolve(proposal, q.mount());
    }
}
