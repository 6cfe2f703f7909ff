package io.github.altium2kicad.core.mapping.standard;

import io.github.altium2kicad.api.mapping.AltiumFootprint;
import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.api.mapping.MappingContext;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.api.mapping.MappingRule;
import io.github.altium2kicad.api.mapping.TwoPadLayout;
import io.github.altium2kicad.core.kicad.index.FootprintMount;
import io.github.altium2kicad.api.mapping.AltiumLibraryCatalog;
import io.github.altium2kicad.core.mapping.FootprintDecisionCounts;
import io.github.altium2kicad.core.kicad.index.KicadFootprint;
import io.github.altium2kicad.core.kicad.index.KicadLibraryIndex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Maps parts to KiCad's standard libraries where the answer is certain: chip resistors, capacitors, inductors,
 * ferrite beads and LEDs, tantalum capacitors by EIA size, diodes in SOD/SMA/SMB/SMC/MELF, round THT LEDs,
 * quartz crystals in standard packages, straight pin headers and sockets. Symbol and footprint are chosen
 * together and checked against the {@link KicadLibraryIndex} (names exist, pads = terminals = pins).
 *
 * <p>Evidence: the Altium footprint name ({@link AltiumFootprintName}), DigiKey-style package texts
 * ({@link DigikeyPackage}), the texts saying what the part is ({@link PartClassifier}), and where the {@code .PcbLib}
 * was read the Altium footprint's pads: their count, and for chips and molded tantalum their land pattern
 * ({@link TwoPadLayout}) against the KiCad footprint's (agreement confirms, disagreement vetoes). Confidence:
 * <ul>
 *   <li>0.99: footprint name and package text name the same package, the family is certain;</li>
 *   <li>0.96: the footprint name alone names it; or a package text names it and the Altium footprint's pads agree
 *       (a footprint name in no known style, or a bare size the package text gives as its metric code);</li>
 *   <li>0.92: only a package text, and the part has no Altium footprint;</li>
 *   <li>0.85: the Altium footprint's name is not understood and its pads do not confirm the package text; or it is
 *       a bare 0402/0603 (imperial by Altium's convention, metric in metric-named libraries) that neither a package
 *       text, the description nor the pads confirm; or the family rests on the designator and the footprint name
 *       only; or a header's pitch is
 *       assumed to be 2.54 mm, or only a description gives a header a pitch other than 2.54 mm while the
 *       footprint name ({@code HDR1X4}) states none;</li>
 *   <li>0.80: a 4-pad crystal in 5032/7050 (which pads are the crystal varies between makers);</li>
 *   <li>0.70 (0.60 from a package text only): transistor and IC packages (SOT, TO, SO, DIP, QFN, QFP): a
 *       footprint only, no symbol, because which pin is which depends on the part;</li>
 *   <li>0.30: a mapping was attempted but KiCad has no fitting item (reported in problems);</li>
 *   <li>0.10: the evidence conflicts (footprint 0603, Package / Case 0805; the Altium footprint's pads are not the
 *       KiCad footprint's; reported in problems).</li>
 * </ul>
 * Parts the rule knows nothing about are passed on (empty). Below the engine's {@code min_confidence}
 * (0.9 by default) the Altium references are kept.
 *
 * <p>Decided per Altium footprint: the footprint-level half of a decision (KiCad items, pad checks, confidence) is
 * memoized per {@link FootprintQuestion}, so parts sharing a footprint, family and package inherit one decision
 * after a cheap check of their own texts; {@link #footprintDecisionCounts()} says how many. Create one rule per
 * migration (the memo and counts are the run's); thread-safe.
 */
public final class StandardLibraryRule implements MappingRule, FootprintDecisionCounts.Source {

    /** The rule's name in decisions. */
    public static final String NAME = "standard-library";

    /**
     * The version of the rule's behaviour, for keying cached decisions (with {@link KicadLibraryIndex#contentDigest()}
     * of {@link #index()}); raised whenever a change can alter a decision.
     */
    public static final String BEHAVIOUR_VERSION = "5";

    static final double BOTH_SOURCES = 0.99;
    static final double FOOTPRINT_NAME = 0.96;
    static final double PACKAGE_TEXT_ONLY = 0.92;
    static final double UNCERTAIN = 0.85;
    static final double CRYSTAL_4PAD_LARGE = 0.80;
    static final double FOOTPRINT_ONLY = 0.70;
    static final double FOOTPRINT_ONLY_FROM_TEXT = 0.60;
    static final double UNRESOLVED = 0.30;
    static final double CONFLICT = 0.10;

    /** Columns read as DigiKey-style package texts. */
    public static final List<String> PACKAGE_COLUMNS = List.of("Package / Case", "Package/Case", "Package",
            "Case/Package", "Case / Package", "Package Case", "Case", "Supplier Device Package", "Package Type",
            "Footprint", "Size", "Case Code");
    /** Columns read as a description. */
    public static final List<String> DESCRIPTION_COLUMNS = List.of("Description", "Part Description", "Comment");
    /** Columns read as the designator prefix. */
    public static final List<String> DESIGNATOR_COLUMNS = List.of("Designator", "Designator Prefix", "Ref Des",
            "RefDes", "Reference", "Default Designator");
    /** Columns read as a category. */
    public static final List<String> CATEGORY_COLUMNS = List.of("Category", "Component Type", "Part Type", "Type",
            "Family", "Class", "Subcategory", "Sub-Category");
    /** Columns read as the mounting type ({@code Surface Mount}, {@code Through Hole}). */
    public static final List<String> MOUNTING_COLUMNS = List.of("Mounting Type", "Mounting", "Mount");
    /** Columns only checked for package names contradicting the footprint. */
    public static final List<String> VALUE_COLUMNS = List.of("Value");

    private static final Set<String> ATTRIBUTE_COLUMNS;

    static {
        Set<String> all = new LinkedHashSet<>();
        for (List<String> group : List.of(PACKAGE_COLUMNS, DESCRIPTION_COLUMNS, DESIGNATOR_COLUMNS, CATEGORY_COLUMNS,
                MOUNTING_COLUMNS, VALUE_COLUMNS)) {
            all.addAll(group);
        }
        ATTRIBUTE_COLUMNS = Set.copyOf(all);
        if (all.stream().map(c -> c.toUpperCase(Locale.ROOT)).distinct().count() != all.size()) {
            throw new IllegalStateException("attribute columns equal ignoring case"); // PartAttributes relies on it
        }
    }

    private final KicadLibraryIndex index;
    private final PartClassifier classifier = new PartClassifier();
    private final PackageResolutions resolutions;
    private final Memo<FootprintQuestion, FootprintAnswer> footprintAnswers = new Memo<>(50_000, this::answer);
    private final Set<AltiumFootprint> distinctFootprints = ConcurrentHashMap.newKeySet();
    private final LongAdder footprintDecisions = new LongAdder();

    /** A rule mapping to the libraries of {@code index}, e.g. {@link KicadLibraryIndex#bundledStandard()}. */
    public StandardLibraryRule(KicadLibraryIndex index) {
        this.index = Objects.requireNonNull(index, "index");
        this.resolutions = new PackageResolutions(index);
    }

    /** A rule mapping to KiCad 6's standard libraries as bundled ({@link KicadLibraryIndex#bundledStandard()}). */
    public StandardLibraryRule() {
        this(KicadLibraryIndex.bundledStandard());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> attributeColumns() {
        return ATTRIBUTE_COLUMNS;
    }

    /**
     * How many footprint-level decisions this rule computed and for how many distinct Altium footprints (first
     * footprint of each part it saw): the rule decides each distinct (footprint, family, package, mount) once and
     * every part using it inherits the decision, so the first number scales with the second, not with the parts.
     */
    @Override
    public FootprintDecisionCounts footprintDecisionCounts() {
        return new FootprintDecisionCounts(distinctFootprints.size(), footprintDecisions.sum());
    }

    /** The index the rule checks its names against. */
    public KicadLibraryIndex index() {
        return index;
    }

    @Override
    public Optional<MappingDecision> map(MappingInput input, MappingContext context) {
        return evaluate(input, context).decision();
    }

    /**
     * What the rule makes of {@code input}: the decision {@link #map} returns and, for a part it cannot map with
     * certainty, a short stable reason and the evidence it saw (for {@link DeclineReason}).
     *
     * @param decision the decision, or empty if the rule passes the part on
     * @param reason   why the decision is not certain, short and the same for all parts with the same cause
     *                 ({@code footprint name not understood}); {@code null} for a certain decision
     * @param seen     what the rule saw that led to the reason (names, texts); {@code null} with no reason
     */
    public record Verdict(Optional<MappingDecision> decision, String reason, String seen) {

        static Verdict passed(String reason, String seen) {
            return new Verdict(Optional.empty(), reason, seen);
        }

        static Verdict of(MappingDecision decision, String reason, String seen) {
            return new Verdict(Optional.of(decision), reason, seen);
        }
    }

    /** {@link #map} with the reason for a decision that is not certain. */
    public Verdict evaluate(MappingInput input, MappingContext context) {
        List<AltiumFootprint> altiumFootprints = input.footprints();
        String footprintRef = altiumFootprints.isEmpty() ? null : altiumFootprints.get(0).ref();
        PackageReading footprintReading = AltiumFootprintName.parse(footprintRef);
        PartAttributes attributes = new PartAttributes(input, ATTRIBUTE_COLUMNS);
        String description = attributes.first(DESCRIPTION_COLUMNS);
        if (description != null && description.startsWith("=")) {
            description = null;
        }
        PartTexts texts = new PartTexts(input.table(), input.libraryRef(), description,
                attributes.first(DESIGNATOR_COLUMNS), attributes.first(CATEGORY_COLUMNS));
        Classification classification = classifier.classify(texts, footprintReading.familyHint(), footprintRef);
        PartFamily family = classification.family();

        List<String> evidence = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        PackageSpec spec = null;
        boolean fromFootprint = false;
        boolean fromText = false;
        boolean metricName = false;

        if (footprintReading.recognized()) {
            spec = forFamily(footprintReading.spec(), family);
            fromFootprint = true;
            evidence.add("Footprint Ref=" + footprintRef + " → " + footprintReading.meaning());
        } else if (footprintReading.inconsistent()) {
            problems.add("Footprint Ref=" + footprintRef + ": " + footprintReading.problem());
        }
        for (String column : PACKAGE_COLUMNS) {
            String text = attributes.get(column);
            if (text == null) {
                continue;
            }
            PackageReading reading = DigikeyPackage.parse(text);
            if (reading.inconsistent()) {
                problems.add(column + "=" + text + ": " + reading.problem());
            } else if (reading.recognized()) {
                PackageSpec read = forFamily(reading.spec(), family);
                evidence.add(column + "=" + text + " → " + reading.meaning());
                if (spec == null) {
                    spec = read;
                } else {
                    Optional<String> conflict = spec.conflictWith(read);
                    if (conflict.isPresent() && !fromText && !metricName && readsAsMetric(footprintReading, spec, read)) {
                        // C0603 in a metric-named library: the text's 0201 (0603 Metric) says the name is metric; the
                        // Altium footprint's pads decide (footprint level), nothing else can
                        metricName = true;
                        spec = read;
                        evidence.add("Footprint Ref=" + footprintRef + ": the bare " + read.code() + " is the metric code of "
                                + column + "=" + text + ", so read as metric " + read.code() + " if the pads confirm it");
                    } else if (conflict.isPresent()) {
                        problems.add((fromFootprint ? "Footprint Ref=" + footprintRef : "the package texts")
                                + " and " + column + "=" + text + " disagree: " + conflict.get());
                    } else {
                        spec = spec.merge(read);
                    }
                }
                fromText = true;
            }
        }
        String packageTexts = packageTexts(attributes);
        String seen = "Footprint Ref=" + footprintRef + (footprintReading.note() == null ? ""
                : " (" + footprintReading.note() + ")") + (packageTexts.isEmpty() ? "" : "; " + packageTexts);
        if (spec == null && family == null && problems.isEmpty()) {
            return Verdict.passed(footprintRef == null ? "no footprint and no package text recognized"
                    : "footprint name in no known style, no package text recognized, part family unknown", seen);
        }
        evidence.addAll(classification.evidence());
        problems.addAll(classification.problems());

        if (spec != null && classification.connectorFacts() != null && spec.kind() == PackageKind.PIN_HEADER) {
            Optional<String> conflict = spec.conflictWith(classification.connectorFacts());
            if (conflict.isPresent()) {
                problems.add("the footprint and the texts disagree about the connector: " + conflict.get());
            } else {
                spec = spec.merge(classification.connectorFacts());
            }
        }
        String value = attributes.first(VALUE_COLUMNS);
        PackageMentions descriptionMentions = null;
        PackageMentions valueMentions = null;
        if (spec != null) {
            descriptionMentions = PackageMentions.in(description);
            valueMentions = PackageMentions.in(value);
            PackageMentions libraryRefMentions = PackageMentions.in(input.libraryRef());
            checkTerminalCounts(spec, "Description", description, descriptionMentions, problems);
            checkTerminalCounts(spec, "Library Ref", input.libraryRef(), libraryRefMentions, problems);
            checkMentions(spec, "Description", description, descriptionMentions, problems);
            checkMentions(spec, "Library Ref", input.libraryRef(), libraryRefMentions, problems);
            checkMentions(spec, "Value", value, valueMentions, problems);
        }
        if (!problems.isEmpty()) {
            return Verdict.of(new MappingDecision(Optional.empty(), List.of(), CONFLICT, NAME, evidence, problems),
                    conflictReason(problems.get(0)), seen + "; " + problems.get(0));
        }
        if (spec == null) {
            return Verdict.passed(footprintReading.note() != null ? "footprint name has an unknown word"
                    : family == PartFamily.OTHER ? "a kind of part the rule does not map, no package recognized"
                    : "no package recognized for a " + family.label(), seen);
        }
        FootprintMount mount = mount(attributes.first(MOUNTING_COLUMNS));
        FootprintQuestion question = new FootprintQuestion(List.copyOf(altiumFootprints), family,
                classification.diodeKind(), classification.certain(), spec, fromFootprint, fromText,
                mentioned(spec, descriptionMentions, valueMentions), metricName, mount,
                context == null ? null : context.altiumLibraries());
        if (!altiumFootprints.isEmpty()) {
            distinctFootprints.add(altiumFootprints.get(0));
        }
        FootprintAnswer answer = footprintAnswers.apply(question);
        if (answer.reason() != null && answer.decision().isEmpty()) {
            return Verdict.passed(answer.reason(), answer.seen(seen));
        }
        List<String> allEvidence = new ArrayList<>(evidence);
        allEvidence.addAll(answer.decision().get().evidence());
        MappingDecision d = answer.decision().get();
        return Verdict.of(new MappingDecision(d.symbol(), d.footprints(), d.confidence(), NAME, allEvidence, d.problems()),
                answer.reason(), answer.seen(seen));
    }

    /**
     * The footprint-level half of a decision, computed once per distinct {@link FootprintQuestion} (footprint, family,
     * package, mount): which KiCad items, the pad check and the confidence. The evidence is only this half's; the
     * part's own (what its texts said) is added by {@link #evaluate}.
     */
    private FootprintAnswer answer(FootprintQuestion q) {
        footprintDecisions.increment();
        PackageSpec spec = q.spec();
        PartFamily family = q.family();
        List<AltiumFootprint> altiumFootprints = q.footprints();
        String footprintRef = altiumFootprints.isEmpty() ? null : altiumFootprints.get(0).ref();
        PackageReading footprintReading = AltiumFootprintName.parse(footprintRef);
        List<String> evidence = new ArrayList<>();
        if (!spec.kind().fixedPinout()) {
            Optional<MappingDecision> suggestion = footprintOnly(family, spec, footprintRef, q.mount(), q.fromFootprint(),
                    evidence);
            return suggestion.isPresent() ? FootprintAnswer.of(suggestion.get(), "transistor or IC: pinout depends on the part", null)
                    : FootprintAnswer.passed("no KiCad footprint for the " + spec.kind().name().toLowerCase(Locale.ROOT)
                            .replace('_', ' ') + " package", null);
        }
        if (family == null || !family.symbolFollowsPackage()) {
            return FootprintAnswer.passed(family == null ? "package recognized, part family unknown"
                    : "a kind of part the rule does not map (" + family.label() + ")", spec.describe());
        }
        Resolution resolution = resolutions.symbolAndFootprint(family, q.diodeKind(), spec, q.mount());
        if (!resolution.resolved()) {
            evidence.addAll(resolution.evidence());
            String problem = "no KiCad standard " + family.label() + " for " + spec.describe() + ": " + resolution.problem();
            return FootprintAnswer.of(new MappingDecision(Optional.empty(), List.of(), UNRESOLVED, NAME, evidence,
                    List.of(problem)), "no KiCad standard item for the package", problem);
        }
        evidence.addAll(resolution.evidence());
        // two-terminal packages only for now: the test kit's composed header and crystal footprints copy one 12-pad
        // and one 4-pad Altium footprint whatever the name says, so their counts are not the parts'
        Optional<String> padConflict = spec.pins() == 2
                ? padCountConflict(altiumFootprints, resolution.footprint(), q.libraries(), evidence) : Optional.empty();
        if (padConflict.isPresent()) {
            return FootprintAnswer.of(new MappingDecision(Optional.empty(), List.of(), CONFLICT, NAME, evidence,
                    List.of(padConflict.get())), "Altium footprint has another pad count than the KiCad footprint",
                    padConflict.get());
        }
        Optional<Boolean> padsAgree = Optional.empty();
        if (spec.pins() == 2 && (spec.kind() == PackageKind.CHIP || spec.kind() == PackageKind.MOLDED_POLARIZED)) {
            Optional<String> layoutConflict = layoutConflict(altiumFootprints, resolution.footprint(), q.libraries(), evidence);
            if (layoutConflict.isPresent() && !layoutConflict.get().isEmpty()) {
                return FootprintAnswer.of(new MappingDecision(Optional.empty(), List.of(), CONFLICT, NAME, evidence,
                        List.of(layoutConflict.get())), "Altium footprint's pads differ from the KiCad footprint's",
                        layoutConflict.get());
            }
            padsAgree = layoutConflict.map(String::isEmpty);
        }
        boolean geometryConfirms = padsAgree.orElse(false);

        String reason = null;
        double confidence;
        if (q.fromFootprint() && q.fromText()) {
            confidence = BOTH_SOURCES;
        } else if (q.fromFootprint()) {
            confidence = FOOTPRINT_NAME;
        } else if (footprintRef == null) {
            confidence = PACKAGE_TEXT_ONLY;
        } else if (geometryConfirms && footprintReading.note() == null) {
            confidence = FOOTPRINT_NAME;
            evidence.add("Footprint Ref=" + footprintRef + " is in no known naming style: the package text names the"
                    + " package and the Altium footprint's pads confirm it");
        } else {
            confidence = UNCERTAIN;
            reason = footprintReading.note() != null ? "footprint name has an unknown word"
                    : "footprint name not understood, package from the package text only";
            evidence.add("Footprint Ref=" + footprintRef + " is in no known naming style: package taken from the package text only");
        }
        if (q.metricName() && !geometryConfirms) {
            confidence = Math.min(confidence, UNCERTAIN);
            reason = "bare chip size metric by the package text, imperial by convention; no pad geometry decides";
            evidence.add("Footprint Ref=" + footprintRef + ": no pad geometry of the Altium footprint confirms the metric reading");
        } else if (q.metricName()) {
            confidence = Math.min(confidence, FOOTPRINT_NAME);
        }
        if (q.fromFootprint() && footprintReading.byConvention() && !q.fromText() && !q.sizeMentioned()
                && geometryConfirms) {
            evidence.add("Footprint Ref=" + footprintRef + ": a bare " + ChipSize.metric(spec.code())
                    .map(ChipSize::imperial).orElse(spec.code()) + " read as imperial by Altium's convention, confirmed by"
                    + " the Altium footprint's pads");
        } else if (q.fromFootprint() && footprintReading.byConvention() && !q.fromText() && !q.sizeMentioned()) {
            // a package column naming the same size (even a bare 0402) confirms it: the part's own facts agree
            confidence = Math.min(confidence, UNCERTAIN);
            reason = "chip size read by convention, no package text or description confirms it";
            evidence.add("Footprint Ref=" + footprintRef + ": a bare " + ChipSize.metric(spec.code())
                    .map(ChipSize::imperial).orElse(spec.code()) + " is imperial by Altium's convention but metric in"
                    + " metric-named libraries, and no package text or description confirms the size");
        }
        if (!q.certain()) {
            confidence = Math.min(confidence, UNCERTAIN);
            reason = "part family rests on the designator and footprint name only";
            evidence.add("the part family rests on the designator and footprint name only");
        }
        if (spec.kind() == PackageKind.PIN_HEADER && spec.pitch() == null) {
            confidence = Math.min(confidence, UNCERTAIN);
            reason = "header pitch not stated";
            evidence.add("no text states the header pitch: 2.54 mm assumed");
        } else if (spec.kind() == PackageKind.PIN_HEADER && footprintReading.recognized()
                && footprintReading.spec().pitch() == null && Math.abs(spec.pitch() - 2.54) > 0.01) {
            confidence = Math.min(confidence, UNCERTAIN);
            reason = "header pitch contradicts the name's convention";
            evidence.add("Footprint Ref=" + footprintRef + " states no pitch and such names are 2.54 mm by"
                    + " convention, the texts say " + PackageSpec.mm(spec.pitch()));
        }
        if (spec.kind() == PackageKind.CRYSTAL && spec.pins() == 4
                && ("5032".equals(spec.code()) || "7050".equals(spec.code()))) {
            confidence = Math.min(confidence, CRYSTAL_4PAD_LARGE);
            reason = "4-pad 5032/7050 crystal: pad use differs between makers";
            evidence.add("4-pad " + spec.code() + " crystals differ in which pads are the crystal");
        }
        List<KicadLibId> footprints = new ArrayList<>();
        footprints.add(resolution.footprint());
        addAlternates(altiumFootprints, family, q.diodeKind(), resolution, q.mount(), footprints, evidence);
        return FootprintAnswer.of(new MappingDecision(Optional.of(resolution.symbol()), footprints, confidence, NAME,
                evidence, List.of()), reason, null);
    }

    /**
     * The pad geometry as evidence: where the Altium footprint's {@code .PcbLib} was read, its numbered pads must
     * equal the KiCad footprint's (a 4-pad array named like a chip never becomes a 2-pad resistor). Empty if they
     * agree (noted in {@code evidence}) or the file gives no count.
     */
    private Optional<String> padCountConflict(List<AltiumFootprint> altiumFootprints, KicadLibId kicad,
                                              AltiumLibraryCatalog libraries, List<String> evidence) {
        if (altiumFootprints.isEmpty() || libraries == null) {
            return Optional.empty();
        }
        AltiumFootprint altium = altiumFootprints.get(0);
        java.util.OptionalInt pads = libraries.footprintPadCount(altium.path(), altium.ref());
        Optional<KicadFootprint> target = index.footprint(kicad);
        if (pads.isEmpty() || target.isEmpty()) {
            return Optional.empty();
        }
        if (pads.getAsInt() != target.get().padCount()) {
            return Optional.of("the Altium footprint " + altium.ref() + " has " + pads.getAsInt() + " numbered pads in its"
                    + " .PcbLib, " + kicad + " has " + target.get().padCount());
        }
        evidence.add("the Altium footprint " + altium.ref() + " has " + pads.getAsInt() + " numbered pads, as " + kicad);
        return Optional.empty();
    }

    /**
     * The land patterns as evidence: where the Altium footprint's {@code .PcbLib} gives its two pads' geometry and the
     * index the KiCad footprint's, pitch and pad size must agree ({@link TwoPadLayout#disagreement}). Empty if either is
     * unknown; an empty string if they agree (noted in {@code evidence}); else why they differ.
     */
    private Optional<String> layoutConflict(List<AltiumFootprint> altiumFootprints, KicadLibId kicad,
                                            AltiumLibraryCatalog libraries, List<String> evidence) {
        if (altiumFootprints.isEmpty() || libraries == null) {
            return Optional.empty();
        }
        AltiumFootprint altium = altiumFootprints.get(0);
        Optional<TwoPadLayout> pads = libraries.footprintTwoPadLayout(altium.path(), altium.ref());
        Optional<KicadFootprint> target = index.footprint(kicad);
        if (pads.isEmpty() || target.isEmpty() || target.get().layout() == null) {
            return Optional.empty();
        }
        Optional<String> differs = pads.get().disagreement(target.get().layout());
        if (differs.isPresent()) {
            return Optional.of("the pads of the Altium footprint " + altium.ref() + " (" + pads.get().describe()
                    + ") are not those of " + kicad + " (" + target.get().layout().describe() + "): " + differs.get());
        }
        evidence.add("the pads of the Altium footprint " + altium.ref() + " (" + pads.get().describe() + ") agree with "
                + kicad + " (" + target.get().layout().describe() + ") within tolerance: strong evidence of the same package");
        return Optional.of("");
    }

    /**
     * Whether a conflict between a bare chip size read by convention ({@code C0603}: imperial 0603) and a package text
     * ({@code 0201 (0603 Metric)}) is the name being metric: the text's metric code is the name's digits.
     */
    private static boolean readsAsMetric(PackageReading footprintReading, PackageSpec spec, PackageSpec read) {
        return footprintReading.byConvention() && spec.kind() == PackageKind.CHIP && read.kind() == PackageKind.CHIP
                && ChipSize.metric(spec.code()).map(ChipSize::imperial).filter(d -> d.equals(read.code())).isPresent();
    }

    /** A short, stable reason for a conflict, from the first problem's text. */
    private static String conflictReason(String problem) {
        if (problem.contains("marks another footprint")) {
            return "footprint name has a word that changes the footprint";
        }
        if (problem.startsWith("Footprint Ref=") && problem.contains(" disagree: ")) {
            return "footprint name and package text disagree";
        }
        if (problem.contains("about the connector")) {
            return "footprint name and texts disagree about the connector";
        }
        int names = problem.indexOf(" names another package");
        if (names > 0 || problem.contains(" terminals, ")) {
            String column = problem.substring(0, Math.max(0, problem.indexOf('=')));
            return (column.isEmpty() ? "a text" : column) + (names > 0 ? " names another package" : " states another terminal count");
        }
        if (problem.startsWith("Footprint Ref=")) {
            return "footprint name is self-contradictory or names no standard package";
        }
        if (problem.contains(" disagree: ")) {
            return "package texts disagree";
        }
        for (String column : PACKAGE_COLUMNS) {
            if (problem.startsWith(column + "=")) {
                return "package text is self-contradictory or names no standard package";
            }
        }
        return "texts disagree about what the part is";
    }

    /** The package columns the part fills, as {@code Package / Case=0402 (1005 Metric)}, separated by {@code ; }. */
    private static String packageTexts(PartAttributes attributes) {
        StringBuilder out = new StringBuilder();
        for (String column : PACKAGE_COLUMNS) {
            String text = attributes.get(column);
            if (text != null) {
                out.append(out.length() > 0 ? "; " : "").append(column).append('=').append(text);
            }
        }
        return out.toString();
    }

    private Optional<MappingDecision> footprintOnly(PartFamily family, PackageSpec spec, String footprintRef,
                                                    FootprintMount mount, boolean fromFootprint,
                                                    List<String> evidence) {
        Resolution resolution = resolutions.footprintOnly(family == null ? PartFamily.OTHER : family, spec, mount);
        List<KicadFootprint> sameName = footprintRef == null ? List.of() : index.footprintsNamed(footprintRef);
        if (!resolution.resolved() && sameName.size() == 1 && (spec.pins() == 0
                || sameName.get(0).padCount() == spec.pins() + (Boolean.TRUE.equals(spec.exposedPad()) ? 1 : 0))) {
            // a KiCad name used in Altium (QFN-20-1EP_3x3mm_P0.4mm_EP1.65x1.65mm) names the variant the parse cannot
            evidence.add("Footprint Ref=" + footprintRef + " is the name of the KiCad footprint " + sameName.get(0).id());
            resolution = resolutions.resolver().resolve(new CandidateSet(null, List.of(new FootprintCandidate(sameName.get(0).id(),
                    sameName.get(0).padCount())), null), mount);
        }
        if (!resolution.resolved()) {
            return Optional.empty();
        }
        evidence.addAll(resolution.evidence());
        String problem = "symbol not mapped: which pin is which in " + spec.describe()
                + " depends on the part, keep the Altium symbol";
        return Optional.of(new MappingDecision(Optional.empty(), List.of(resolution.footprint()),
                fromFootprint ? FOOTPRINT_ONLY : FOOTPRINT_ONLY_FROM_TEXT, NAME, evidence, List.of(problem)));
    }

    private void addAlternates(List<AltiumFootprint> altiumFootprints, PartFamily family, DiodeKind diodeKind,
                               Resolution primary, FootprintMount mount, List<KicadLibId> footprints,
                               List<String> evidence) {
        for (int i = 1; i < altiumFootprints.size(); i++) {
            String ref = altiumFootprints.get(i).ref();
            PackageReading reading = AltiumFootprintName.parse(ref);
            if (!reading.recognized()) {
                evidence.add("Footprint Ref " + (i + 1) + "=" + ref + " not understood, left out");
                continue;
            }
            Resolution alternate = resolutions.symbolAndFootprint(family, diodeKind, forFamily(reading.spec(), family),
                    mount);
            if (alternate.resolved() && Objects.equals(alternate.symbol(), primary.symbol())) {
                if (!footprints.contains(alternate.footprint())) {
                    footprints.add(alternate.footprint());
                    evidence.add("Footprint Ref " + (i + 1) + "=" + ref + " → " + alternate.footprint());
                }
            } else {
                evidence.add("Footprint Ref " + (i + 1) + "=" + ref + " has no KiCad standard counterpart, left out");
            }
        }
    }

    /** Reads a package the way the part's family uses it: a tantalum's 1206 is EIA 3216; a crystal's 3225 is no chip. */
    private static PackageSpec forFamily(PackageSpec spec, PartFamily family) {
        if (family == PartFamily.CAPACITOR_POLARIZED && spec.kind() == PackageKind.CHIP
                && TantalumCase.isEiaSize(spec.code())) {
            return spec.withKind(PackageKind.MOLDED_POLARIZED);
        }
        if (family == PartFamily.CRYSTAL && spec.kind() == PackageKind.CHIP
                && ("3225".equals(spec.code()) || "2520".equals(spec.code()))) {
            return PackageSpec.of(PackageKind.CRYSTAL).withCode(spec.code());
        }
        return spec;
    }

    /** True if one of the texts mentions a chip size, and all mentions agree with {@code spec}. */
    private static boolean mentioned(PackageSpec spec, PackageMentions... texts) {
        boolean found = false;
        for (PackageMentions text : texts) {
            for (PackageSpec mention : text.packages()) {
                if (mention.kind() == PackageKind.CHIP) {
                    if (!mention.code().equals(spec.code())) {
                        return false;
                    }
                    found = true;
                }
            }
        }
        return found;
    }

    private static void checkTerminalCounts(PackageSpec spec, String column, String text, PackageMentions mentions,
                                            List<String> problems) {
        if (!spec.kind().fixedPinout() || spec.pins() == 0) {
            return;
        }
        for (int count : mentions.terminalCounts()) {
            if (count != spec.pins()) {
                problems.add(column + "=" + text + " states " + count + " terminals, " + spec.describe() + " has "
                        + spec.pins());
                return;
            }
        }
    }

    private static void checkMentions(PackageSpec spec, String column, String text, PackageMentions mentions,
                                      List<String> problems) {
        for (PackageSpec mentioned : mentions.packages()) {
            boolean comparable = mentioned.kind() == PackageKind.CHIP
                    ? spec.kind() == PackageKind.CHIP || spec.kind() == PackageKind.MOLDED_POLARIZED
                    : spec.kind() == PackageKind.CHIP || spec.kind() == PackageKind.SOD
                    || spec.kind() == PackageKind.DO214 || spec.kind() == PackageKind.MELF
                    || spec.kind() == PackageKind.SOT;
            if (!comparable) {
                continue;
            }
            PackageSpec asRead = mentioned.kind() == PackageKind.CHIP && spec.kind() == PackageKind.MOLDED_POLARIZED
                    ? mentioned.withKind(PackageKind.MOLDED_POLARIZED) : mentioned;
            Optional<String> conflict = spec.conflictWith(asRead);
            if (conflict.isPresent()) {
                problems.add(column + "=" + text + " names another package: " + conflict.get());
                return;
            }
        }
    }

    private static FootprintMount mount(String text) {
        if (text == null) {
            return null;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        boolean smd = upper.contains("SURFACE") || upper.contains("SMD") || upper.contains("SMT");
        boolean tht = upper.contains("THROUGH") || upper.contains("THT") || upper.contains("THRU");
        return smd == tht ? null : smd ? FootprintMount.SMD : FootprintMount.THROUGH_HOLE;
    }
}
