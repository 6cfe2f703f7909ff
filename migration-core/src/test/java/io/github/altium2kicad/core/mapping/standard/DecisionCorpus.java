package io.github.altium2kicad.core.mapping.standard;

import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.dblib.TableDescriptor;
import io.github.altium2kicad.api.mapping.AltiumFootprint;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.api.source.ComponentRecord;
import io.github.altium2kicad.api.source.RecordCursor;
import io.github.altium2kicad.api.source.SourceReader;
import io.github.altium2kicad.api.source.TableSchema;
import io.github.altium2kicad.core.dblib.DbLibParser;
import io.github.altium2kicad.core.mapping.ColumnRoles;
import io.github.altium2kicad.core.mapping.MappingInputFactory;
import io.github.altium2kicad.core.internal.source.SourceLocator;
import io.github.altium2kicad.core.internal.source.SourceReaders;
import io.github.altium2kicad.testkit.GeneratedLibrary;
import io.github.altium2kicad.testkit.SyntheticLibraryGenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mapping inputs the standard-library rule is checked and measured on: the labeled parts, the distinct inputs of
 * the bundled sample library, and the distinct inputs of generated libraries, each built the way the engine builds
 * them ({@link ColumnRoles} and {@link MappingInputFactory} with the rule's attribute columns). Also the canonical text
 * of a decision, one line, for golden comparisons.
 */
final class DecisionCorpus {

    private static final Pattern NAMED_FOR = Pattern.compile("(is named for )(.+?)(?=, the texts say|$)");
    private static final Pattern FLAG_RUN = Pattern.compile(
            "()((?:, (?:hand solder|horizontal|vertical|surface mount|female|male|shrouded)\\b)+)");

    static final Path SAMPLE_DBLIB = Path.of("..", "examples", "sample", "Sample.DbLib");

    private DecisionCorpus() {
    }

    /** The inputs of every row of {@code mapping/labeled-parts.csv}, in file order. */
    static List<MappingInput> labeledParts() throws IOException {
        return LabeledPartsTest.read().stream().map(LabeledPartsTest.LabeledPart::input).toList();
    }

    /** The distinct inputs of every enabled table of {@code dbLib}, in table then row order. */
    static List<MappingInput> distinctInputs(Path dbLib, Set<String> attributeColumns) {
        LibraryDescriptor descriptor = new DbLibParser().parse(dbLib);
        Set<MappingInput> inputs = new LinkedHashSet<>();
        try (SourceReader reader = SourceReaders.discover()
                .open(new SourceLocator().locate(descriptor, Optional.empty()), descriptor)) {
            for (TableDescriptor table : descriptor.enabledTables()) {
                TableSchema schema = reader.schema(table);
                MappingInputFactory factory = new MappingInputFactory(table.tableName(), schema,
                        ColumnRoles.of(table, schema), attributeColumns);
                try (RecordCursor cursor = reader.open(schema)) {
                    for (ComponentRecord row = cursor.next(); row != null; row = cursor.next()) {
                        inputs.add(factory.inputOf(row));
                    }
                }
            }
        }
        return new ArrayList<>(inputs);
    }

    /** The distinct inputs of a library of {@code parts} generated with {@code seed}, written below {@code folder}. */
    static List<MappingInput> generated(long parts, long seed, Path folder, Set<String> attributeColumns)
            throws Exception {
        Path dir = Files.createDirectories(folder.resolve("lib-" + parts + "-" + seed));
        GeneratedLibrary library = new SyntheticLibraryGenerator(parts, 8, seed).writeTo(dir);
        return distinctInputs(library.dbLib(), attributeColumns);
    }

    /** One line naming {@code input} and everything in {@code decision}, in order; no line breaks. */
    static String canonical(MappingInput input, Optional<MappingDecision> decision) {
        StringBuilder out = new StringBuilder();
        out.append("IN ").append(input.table()).append('|').append(input.libraryRef()).append('|')
                .append(input.libraryPath()).append('|');
        for (AltiumFootprint f : input.footprints()) {
            out.append(f.ref()).append('@').append(f.path()).append(';');
        }
        out.append('|').append(new TreeMap<>(input.attributes()));
        out.append(" => ");
        if (decision.isEmpty()) {
            out.append("EMPTY");
        } else {
            MappingDecision d = decision.get();
            out.append(d.symbol().map(Object::toString).orElse("-")).append(" | ").append(d.footprints())
                    .append(" | ").append(Double.toString(d.confidence())).append(" | ").append(d.rule())
                    .append(" | E").append(stable(d.evidence())).append(" | P").append(stable(d.problems()));
        }
        return escape(out.toString());
    }

    /**
     * {@code texts} with two lists sorted whose order changes from one JVM run to the next, in the rule's behaviour
     * before and after memoization alike, because they iterate immutable {@code Set}s (salted iteration order): the
     * alternatives of "is named for A or B" (a footprint name's family hint) and the runs of package flags that end a
     * {@link PackageSpec#describe()} ("pitch 2.54 mm, male, vertical"). Everything else is compared as is.
     */
    static List<String> stable(List<String> texts) {
        List<String> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            String sorted = sortEach(NAMED_FOR.matcher(text), " or ", "");
            out.add(sortEach(FLAG_RUN.matcher(sorted), ", ", ", "));
        }
        return out;
    }

    /** {@code m}'s text with group 2 of each match split at {@code separator} and sorted. */
    private static String sortEach(Matcher m, String separator, String strip) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String items = m.group(2).substring(strip.length());
            List<String> parts = new ArrayList<>(List.of(items.split(Pattern.quote(separator))));
            Collections.sort(parts);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + strip + String.join(separator, parts)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}
