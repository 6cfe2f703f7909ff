package io.github.altium2kicad.core.mapping.standard;

import java.util.List;

/**
 * What {@link PartClassifier} made of a part's texts.
 *
 * @param family         the part family, or {@code null} if nothing says
 * @param diodeKind      for {@link PartFamily#DIODE}: which diode symbol; {@code null} otherwise
 * @param certain        true if a strong source (Library Ref, Description, a category column) names the
 *                       family, or two independent weaker ones (table, designator, footprint name) name exactly it
 * @param connectorFacts for connectors: positions, rows, pitch, gender, orientation stated in the texts, as a
 *                       {@link PackageKind#PIN_HEADER} spec to compare with the footprint; {@code null} otherwise
 * @param otherReason    for {@link PartFamily#OTHER}: what the part is (e.g. {@code thermistor})
 * @param evidence       what each text said
 * @param problems       conflicts between the texts; non-empty means the family is not to be trusted
 */
public record Classification(PartFamily family, DiodeKind diodeKind, boolean certain, PackageSpec connectorFacts,
                             String otherReason, List<String> evidence, List<String> problems) {

    public Classification {
        evidence = List.copyOf(evidence);
        problems = List.copyOf(problems);
    }

    /** True if there is a family and no conflict. */
    public boolean known() {
        return family != null && problems.isEmpty();
    }
}
