package io.github.altium2kicad.core.mapping.standard;

import java.util.Set;

/**
 * What a parser made of one name or package text.
 *
 * @param spec       the package, or {@code null} if the text was not recognized (or is inconsistent)
 * @param familyHint the part families the text allows ({@code R0603}: resistor; {@code L0603}: inductor or
 *                   ferrite bead); empty if it says nothing about the family
 * @param meaning    a short explanation for the evidence, e.g. {@code IPC-7351 chip 1608 metric}
 * @param problem    why a recognized form is unusable ({@code 0603 (1005 Metric)}: the two codes disagree);
 *                   {@code null} if none
 * @param byConvention true if the reading rests on a naming convention rather than on the text alone: a bare
 *                   {@code 0603} or {@code 0402} read as imperial, as Altium names them (in metric-named
 *                   libraries {@code C0603} is an imperial 0201), or a size read out of a series code
 *                   ({@code CSR1206})
 * @param note       for an unrecognized text, what kept it from being read ({@code unknown word 'XYZ'}), or
 *                   {@code null}
 */
public record PackageReading(PackageSpec spec, Set<PartFamily> familyHint, String meaning, String problem,
                             boolean byConvention, String note) {

    private static final PackageReading UNRECOGNIZED = new PackageReading(null, Set.of(), null, null, false, null);

    public PackageReading {
        // enum order, not Set.copyOf's per-JVM order: evidence texts list these, and must read the same every run
        familyHint = familyHint.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(familyHint));
    }

    /** A recognized package. */
    public static PackageReading of(PackageSpec spec, Set<PartFamily> familyHint, String meaning) {
        return new PackageReading(spec, familyHint, meaning, null, false, null);
    }

    /** A recognized package whose reading relies on a naming convention. */
    public static PackageReading byConvention(PackageSpec spec, Set<PartFamily> familyHint, String meaning) {
        return new PackageReading(spec, familyHint, meaning, null, true, null);
    }

    /** Text in no form the parser knows. */
    public static PackageReading unrecognized() {
        return UNRECOGNIZED;
    }

    /** Text in no form the parser knows, with what kept it from being read. */
    public static PackageReading unrecognized(String note) {
        return new PackageReading(null, Set.of(), null, null, false, note);
    }

    /** Text in a known form whose facts contradict each other or name no standard package. */
    public static PackageReading inconsistent(String problem) {
        return new PackageReading(null, Set.of(), null, problem, false, null);
    }

    /** True if a package was read. */
    public boolean recognized() {
        return spec != null;
    }

    /** True if the text was in a known form but unusable. */
    public boolean inconsistent() {
        return problem != null;
    }
}
