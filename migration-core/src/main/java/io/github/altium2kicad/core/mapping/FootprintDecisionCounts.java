package io.github.altium2kicad.core.mapping;

/**
 * How much deciding a rule that decides per Altium footprint did in one run: the distinct Altium footprints of the
 * parts it saw and the footprint-level decisions it computed for them. Parts sharing a footprint (and family and
 * package) inherit one decision, so {@code decisions} scales with {@code footprints}, not with the parts.
 *
 * @param footprints distinct Altium footprints ({@code .PcbLib} path and name) among the parts the rule saw
 * @param decisions  footprint-level decisions the rule computed
 */
public record FootprintDecisionCounts(long footprints, long decisions) {

    /** None. */
    public static final FootprintDecisionCounts NONE = new FootprintDecisionCounts(0, 0);

    /** The counts of both (rules of one chain). */
    public FootprintDecisionCounts plus(FootprintDecisionCounts other) {
        return new FootprintDecisionCounts(footprints + other.footprints, decisions + other.decisions);
    }

    /** A rule (or a wrapper of one) that decides per Altium footprint and counts it. */
    public interface Source {

        /** The counts so far. */
        FootprintDecisionCounts footprintDecisionCounts();
    }
}
