package io.github.altium2kicad.core.mapping.standard;

import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.core.kicad.index.KicadLibraryIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards every decision of the standard-library rule: the decisions on the labeled parts, on every distinct input of
 * the sample library and of a generated 20,000-part library must equal {@code mapping/golden-decisions.txt.gz},
 * written by the rule before its hot paths were memoized. Regenerate (only for an intended change of behaviour)
 * with {@code -Dgolden.write=true}.
 */
class GoldenDecisionsTest {

    private static final String RESOURCE = "mapping/golden-decisions.txt.gz";
    private static final Path SOURCE = Path.of("src", "test", "resources", RESOURCE);

    @Test
    void decisionsEqualTheGoldenOnes(@TempDir Path work) throws Exception {
        StandardLibraryRule rule = new StandardLibraryRule(KicadLibraryIndex.bundledStandard());
        List<String> actual = new ArrayList<>();
        decide(rule, "labeled", DecisionCorpus.labeledParts(), actual);
        decide(rule, "sample", DecisionCorpus.distinctInputs(DecisionCorpus.SAMPLE_DBLIB, rule.attributeColumns()),
                actual);
        decide(rule, "generated", DecisionCorpus.generated(20_000, 42, work, rule.attributeColumns()), actual);
        System.out.printf("Golden decisions: %d inputs, SHA-256 %s%n", actual.size(), sha256(actual));

        if (Boolean.getBoolean("golden.write")) {
            write(actual);
            return;
        }
        List<String> golden = read();
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < Math.max(golden.size(), actual.size()) && differences.size() < 10; i++) {
            String expected = i < golden.size() ? golden.get(i) : "(none)";
            String got = i < actual.size() ? actual.get(i) : "(none)";
            if (!expected.equals(got)) {
                differences.add("#" + i + "\n  golden: " + expected + "\n  actual: " + got);
            }
        }
        assertThat(differences).as("decisions differing from the golden ones").isEmpty();
        assertThat(actual).hasSameSizeAs(golden);
        assertThat(sha256(actual)).isEqualTo(sha256(golden));
    }

    private static void decide(StandardLibraryRule rule, String corpus, List<MappingInput> inputs, List<String> out) {
        for (MappingInput input : inputs) {
            out.add(corpus + " " + DecisionCorpus.canonical(input, rule.map(input, LabeledPartsTest.CONTEXT)));
        }
        System.out.printf("  %s: %d inputs%n", corpus, inputs.size());
    }

    private static List<String> read() throws IOException {
        try (InputStream in = GoldenDecisionsTest.class.getResourceAsStream("/" + RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the test class path").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                    StandardCharsets.UTF_8));
            return reader.lines().toList();
        }
    }

    private static void write(List<String> lines) throws IOException {
        Files.createDirectories(SOURCE.getParent());
        try (OutputStream file = Files.newOutputStream(SOURCE);
             Writer out = new OutputStreamWriter(new GZIPOutputStream(file), StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
        System.out.println("Wrote " + SOURCE.toAbsolutePath());
    }

    private static String sha256(List<String> lines) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String line : lines) {
            digest.update(line.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
