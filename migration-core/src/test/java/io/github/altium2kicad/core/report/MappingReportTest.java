package io.github.altium2kicad.core.report;

import io.github.altium2kicad.api.DeclineReasonCount;
import io.github.altium2kicad.core.mapping.DeclineReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.api.CacheStatistics;
import io.github.altium2kicad.api.MappingMode;
import io.github.altium2kicad.api.PartIssue;
import io.github.altium2kicad.api.PerformanceSummary;
import io.github.altium2kicad.api.PhaseTiming;
import io.github.altium2kicad.api.TableResult;
import io.github.altium2kicad.api.mapping.KicadLibId;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.core.altium.AltiumReferenceFinding;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A report generated from synthetic decisions, checked in the files it writes. */
class MappingReportTest {

    static final String NASTY_TABLE = "Caps <&> \"Special\" 'x'";
    static final String NASTY_KEY = "<script>alert('x')</script>";

    @TempDir
    Path dir;

    static MappingDecision decision(String symbol, String footprint, double confidence, String rule, String... problems) {
        return new MappingDecision(Optional.ofNullable(symbol).map(KicadLibId::parse),
                footprint == null ? List.of() : List.of(KicadLibId.parse(footprint)), confidence, rule,
                List.of("evidence"), List.of(problems));
    }

    static final PerformanceSummary PERFORMANCE = new PerformanceSummary(List.of(
            new PhaseTiming(PerformanceSummary.FULL_MIGRATION, Duration.ofMillis(1200), Duration.ofMillis(1200), 9),
            new PhaseTiming(PerformanceSummary.COMPONENT_MAPPING, Duration.ofMillis(300), Duration.ofMillis(500), 9)),
            9, 7.5, 1 << 20, 1 << 19, Duration.ofMillis(3), 2, 0.8, CacheStatistics.none());

    private ReportFiles sampleReport(ReportSettings settings) {
        try (MappingReport report = MappingReport.create(dir, settings)) {
            report.record("Resistors", 1, "RES-1", decision("Device:R", "Resistor_SMD:R_0603_1608Metric", 1.0, "user-table:r.yaml"), List.of());
            report.record("Resistors", 2, "RES-2", decision("Passives:Resistor", "Chip:RESC1608X55N", 1.0, "preserve"), List.of());
            report.record("Resistors", 3, "RES-3", decision("Device:R", "Resistor_SMD:R_0805_2012Metric", 0.7, "standard"), List.of());
            report.record("Resistors", 4, "RES-4", decision("Passives:Resistor", null, 1.0, "preserve", "Footprint Ref is blank"), List.of());
            report.record("Resistors", 5, "RES-5", decision("Passives:Resistor", "Chip:RESC9999", 1.0, "preserve"), List.of(
                    new AltiumReferenceFinding(AltiumReferenceFinding.Kind.MISSING_FOOTPRINT, "footprint 1", "RESC9999",
                            "Chip.PcbLib", "footprint 'RESC9999' is not in /lib/Chip.PcbLib; see https://example.com/help")));
            report.record(NASTY_TABLE, 1, NASTY_KEY, decision("Device:C", "Capacitor_SMD:C_0402_1005Metric", 0.75, "standard"), List.of());
            report.record(NASTY_TABLE, 2, "CAP-2", decision("Device:C", "Capacitor_SMD:C_0402_1005Metric", 0.3, "standard"), List.of());
            report.record(NASTY_TABLE, 3, "CAP-3", decision("Vendor:CAP", "Vendor:C0402", 1.0, "preserve"), List.of(
                    new AltiumReferenceFinding(AltiumReferenceFinding.Kind.UNVERIFIABLE, "symbol", "CAP", "Vendor.IntLib",
                            "not checked")));
            report.recordIssue(new PartIssue("Resistors", 6, "RES-1", PartIssue.Kind.DUPLICATE_KEY, "skipped (keep-first; kept row 1)"));
            report.recordIssue(new PartIssue("Resistors", 7, null, PartIssue.Kind.EMPTY_KEY, "skipped"));
            report.recordIssue(new PartIssue("Resistors", 4, "RES-4", PartIssue.Kind.UNRESOLVED_FOOTPRINT, "ignored here"));
            return report.write(new ReportFacts("Parts", "SQLite database /lib/parts.sqlite",
                    List.of(new TableResult("Resistors", "Part Number", "FieldType=0", 7, 5, 1, 1, 1, 0),
                            new TableResult(NASTY_TABLE, "Part Number", "FieldType=0", 3, 3, 0, 0, 0, 0)),
                    PERFORMANCE, Instant.parse("2025-01-02T03:04:05Z")));
        }
    }

    private static Document parseXml(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    /** The review rows embedded in the page ({@code <script type="application/json" id="review-data">}). */
    static JsonNode reviewData(Document doc) throws Exception {
        String text = XPathFactory.newInstance().newXPath().evaluate("//script[@id='review-data']", doc);
        return new ObjectMapper().readTree(text);
    }

    /** The keys of the embedded review rows, in order (keys are always written in full). */
    static List<String> reviewKeys(Document doc) throws Exception {
        List<String> keys = new java.util.ArrayList<>();
        reviewData(doc).path("rows").forEach(row -> keys.add(row.get(2).isNull() ? null : row.get(2).asText()));
        return keys;
    }

    private static List<String> csvDataLines(Path csv) throws Exception {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFtable,row,key,reasons,rule,confidence,symbol,footprints,details,decline_reason\r\n");
        return text.lines().skip(1).toList();
    }

    @Test
    void everyPartKeptAsAltiumInStandardModeHasItsDeclineReasonInCsvJsonAndTheTopTen() throws Exception {
        DeclineReason unknownWord = new DeclineReason("standard-library", "footprint name has an unknown word",
                "Footprint Ref=RES 0603_1608 FOO (unknown word 'FOO' next to chip size 0603)");
        DeclineReason array = new DeclineReason("standard-library", "footprint name has a word that changes the footprint",
                "Footprint Ref=YAGEO YC164 1206_3216 CONVEX");
        ReportFiles files;
        List<DeclineReasonCount> top;
        try (MappingReport report = MappingReport.create(dir, ReportSettings.defaults(MappingMode.STANDARD))) {
            for (int row = 1; row <= 3; row++) {
                report.record("Resistors", row, "R-" + row, preserved(unknownWord), List.of());
            }
            report.record("Resistor Networks", 1, "RN-1", preserved(array), List.of());
            report.record("Resistors", 4, "R-4", decision("Device:R", "Resistor_SMD:R_0603_1608Metric", 0.99,
                    "standard-library"), List.of());
            top = report.topDeclineReasons(10);
            files = report.write(new ReportFacts("Parts", "SQLite database /lib/parts.sqlite",
                    List.of(new TableResult("Resistors", "Part Number", "FieldType=0", 4, 4, 0, 0, 0, 0)),
                    PERFORMANCE, Instant.parse("2025-01-02T03:04:05Z")));
        }
        assertThat(top).extracting(DeclineReasonCount::reason, DeclineReasonCount::parts).containsExactly(
                org.assertj.core.groups.Tuple.tuple("standard-library: footprint name has an unknown word", 3L),
                org.assertj.core.groups.Tuple.tuple("standard-library: footprint name has a word that changes the footprint", 1L));
        assertThat(top.get(0).example()).startsWith("Resistors/R-1: ").contains("FOO");
        List<String> csv = csvDataLines(files.csv());
        assertThat(csv).hasSize(4).allSatisfy(line -> assertThat(line).contains("standard-library: footprint name"));
        JsonNode json = new ObjectMapper().readTree(files.json().toFile());
        assertThat(json.get("review_parts").get(0).get("decline_reason").asText())
                .isEqualTo(unknownWord.describe());
        assertThat(json.get("top_decline_reasons").get(0).get("parts").asLong()).isEqualTo(3);
        assertThat(DeclineReason.in(preserved(array).evidence())).contains(array);
        // report.html: the Reason column (filter, sort, top ten) is the short reason; Details adds what the rule saw
        JsonNode first = reviewData(parseXml(Files.readString(files.html()))).path("rows").get(0);
        assertThat(first.get(2).asText()).isEqualTo("R-1");
        assertThat(first.get(9).asText())
                .isEqualTo("kept Altium references: standard-library: footprint name has an unknown word");
        assertThat(first.get(8).asText()).startsWith(unknownWord.describe());
    }

    private static MappingDecision preserved(DeclineReason reason) {
        return new MappingDecision(Optional.of(KicadLibId.parse("Passives:RES")), List.of(KicadLibId.parse("Chip:X")), 1.0,
                "preserve", List.of("Library Ref=RES in Passives.SchLib", reason.toEvidence()), List.of());
    }

    @Test
    void htmlIsSelfContainedWellFormedAndEscaped() throws Exception {
        ReportFiles files = sampleReport(ReportSettings.defaults(MappingMode.STANDARD));
        String html = Files.readString(files.html());
        assertThat(files.html().getFileName()).hasToString("report.html");

        Document doc = parseXml(html);
        XPath xp = XPathFactory.newInstance().newXPath();
        // totals per table
        NodeList tableRows = (NodeList) xp.evaluate("//table[@id='tables']/tbody/tr", doc, XPathConstants.NODESET);
        assertThat(tableRows.getLength()).isEqualTo(2);
        assertThat(xp.evaluate("//table[@id='tables']/tbody/tr[2]/td[1]", doc)).isEqualTo(NASTY_TABLE);
        assertThat(xp.evaluate("//table[@id='tables']/tbody/tr[1]/td[2]", doc)).isEqualTo("7");
        // every value escaped: the hostile key is text, not markup
        // the hostile key is data in the review block, with < > & escaped so that it cannot end the block
        assertThat(html).contains("\\u003Cscript\\u003Ealert('x')\\u003C/script\\u003E").doesNotContain(NASTY_KEY);
        assertThat(reviewKeys(doc)).contains(NASTY_KEY);
        assertThat(html).contains("Caps &lt;&amp;&gt; &quot;Special&quot; &#39;x&#39;");
        assertThat(((NodeList) xp.evaluate("//script", doc, XPathConstants.NODESET)).getLength()).isEqualTo(2);
        assertThat(xp.evaluate("//script[@id='review-data']/@type", doc)).isEqualTo("application/json");
        // an inline SVG chart with one segment per rule and band that has parts
        assertThat(((NodeList) xp.evaluate("//svg//g[@class='bar']/rect", doc, XPathConstants.NODESET)).getLength())
                .isEqualTo(4); // preserve: certain; standard: medium, low; user-table: certain
        assertThat(xp.evaluate("//table[@id='mapping']/tbody/tr[td[1]='standard']/td[last()]", doc)).isEqualTo("3");
        // a table filter offering every table, and rows carrying their table
        assertThat(xp.evaluate("count(//select[@id='filter-table']/option)", doc)).isEqualTo("3");
        assertThat(xp.evaluate("//select[@id='filter-table']/option[3]", doc)).isEqualTo(NASTY_TABLE + " (3)");
        JsonNode data = reviewData(doc);
        assertThat(data.path("tables").get(0).asText()).isEqualTo("Resistors");
        long resistors = 0;
        for (JsonNode row : data.path("rows")) {
            resistors += row.get(0).asInt() == 0 ? 1 : 0;
        }
        assertThat(resistors).isEqualTo(6);
        // nothing loaded from the network: no external script, style or image
        assertThat(xp.evaluate("count(//*[@src or @href[not(starts-with(., '#'))]])", doc)).isEqualTo("0");
        String withoutData = html.replaceAll("(?s)<tbody>.*?</tbody>", "").replaceAll("(?s)<script type=\"application/json\".*?</script>", "");
        assertThat(withoutData).doesNotContain("http://").doesNotContain("https://");
        assertThat(html).contains("https://example.com/help"); // data stays as data
        assertThat(html).contains("Content-Security-Policy");
    }

    @Test
    void reviewListsTheRightPartsForTheRightReasons() throws Exception {
        ReportFiles files = sampleReport(ReportSettings.defaults(MappingMode.STANDARD));
        JsonNode json = new ObjectMapper().readTree(files.json().toFile());
        assertThat(json.get("totals").get("parts").asLong()).isEqualTo(8);
        JsonNode byReason = json.get("totals").get("by_reason");
        assertThat(byReason.get("low-confidence").asLong()).isEqualTo(3);          // 0.7, 0.75 and 0.3
        assertThat(byReason.get("preserved-not-standard").asLong()).isEqualTo(4);  // RES-2, RES-4, RES-5, CAP-3
        assertThat(byReason.get("unresolved").asLong()).isEqualTo(1);
        assertThat(byReason.get("altium-reference").asLong()).isEqualTo(1);
        assertThat(byReason.get("duplicate-key").asLong()).isEqualTo(1);
        assertThat(byReason.get("empty-key").asLong()).isEqualTo(1);
        assertThat(json.get("totals").get("unverifiable_references").asLong()).isEqualTo(1);
        assertThat(json.get("performance").get("components").asLong()).isEqualTo(9);
        assertThat(json.get("performance").get("phases").has("component_mapping")).isTrue();
        assertThat(json.get("tables").get(0).get("by_rule").get("preserve").asLong()).isEqualTo(3);
    }

    @Test
    void thePageCarriesWhatTheJsonSaysOfEveryPart() throws Exception {
        ReportFiles files = sampleReport(new ReportSettings(MappingMode.STANDARD, 0.8));
        JsonNode parts = new ObjectMapper().readTree(files.json().toFile()).get("review_parts");
        JsonNode data = reviewData(parseXml(Files.readString(files.html())));
        List<String> numbered = new java.util.ArrayList<>(); // the page's rule: strings of 4+ characters, numbered in order
        java.util.function.Function<JsonNode, String> text = n -> {
            if (n.isNumber()) {
                return numbered.get(n.asInt());
            }
            if (n.asText().length() >= data.path("strings").path("min_length").asInt() && !numbered.contains(n.asText())) {
                numbered.add(n.asText());
            }
            return n.asText();
        };
        assertThat(data.path("rows").size()).isEqualTo(parts.size()).isEqualTo(9);
        for (int i = 0; i < parts.size(); i++) {
            JsonNode row = data.path("rows").get(i);
            JsonNode part = parts.get(i);
            assertThat(data.path("tables").get(row.get(0).asInt()).asText()).isEqualTo(part.get("table").asText());
            assertThat(row.get(1).asLong()).isEqualTo(part.get("row").asLong());
            assertThat(row.get(2)).isEqualTo(part.get("key"));
            List<String> reasons = new java.util.ArrayList<>();
            for (ReviewReason r : ReviewReason.values()) {
                if ((row.get(3).asInt() & (1 << r.ordinal())) != 0) {
                    reasons.add(r.key());
                }
            }
            List<String> jsonReasons = new java.util.ArrayList<>();
            part.get("reasons").forEach(r -> jsonReasons.add(r.asText()));
            assertThat(reasons).isNotEmpty().containsExactlyElementsOf(jsonReasons);
            assertThat(text.apply(row.get(4))).isEqualTo(part.get("rule").asText());
            assertThat(row.get(5).isNull() ? null : row.get(5).asDouble())
                    .isEqualTo(part.get("confidence").isNull() ? null : part.get("confidence").asDouble());
            assertThat(text.apply(row.get(6))).isEqualTo(part.get("symbol").asText());
            assertThat(text.apply(row.get(7))).isEqualTo(part.get("footprints").asText());
            List<String> details = new java.util.ArrayList<>();
            if (part.has("decline_reason")) {
                details.add(part.get("decline_reason").asText());
            }
            part.get("details").forEach(d -> details.add(d.asText()));
            assertThat(text.apply(row.get(8))).isEqualTo(String.join("; ", details));
            assertThat(text.apply(row.get(9))).isNotEmpty();
        }
        assertThat(parts.findValuesAsText("key")).contains(NASTY_KEY);
        assertThat(parts.findValues("confidence")).anySatisfy(c -> assertThat(c.isNull()).isTrue());
    }

    @Test
    void csvJsonAndTotalsCountTheSameRows() throws Exception {
        ReportFiles files = sampleReport(new ReportSettings(MappingMode.STANDARD, 0.8));
        List<String> csv = csvDataLines(files.csv());
        JsonNode json = new ObjectMapper().readTree(files.json().toFile());
        long total = json.get("totals").get("review_parts").asLong();
        assertThat(csv).hasSize((int) total);
        assertThat(json.get("review_parts").size()).isEqualTo((int) total);
        assertThat(total).isEqualTo(9);
        // the HTML holds every one of them, and the CSV has the hostile key quoted as data
        Document doc = parseXml(Files.readString(files.html()));
        assertThat(reviewData(doc).path("rows").size()).isEqualTo(9);
        List<String> jsonKeys = new java.util.ArrayList<>();
        json.path("review_parts").forEach(p -> jsonKeys.add(p.get("key").isNull() ? null : p.get("key").asText()));
        assertThat(reviewKeys(doc)).containsExactlyElementsOf(jsonKeys);
        assertThat(csv).anySatisfy(line -> assertThat(line).startsWith("\"" + NASTY_TABLE.replace("\"", "\"\"") + "\",2,CAP-2,low-confidence,standard,0.30,"));
    }

    @Test
    void preserveModeDoesNotListPreservedParts() throws Exception {
        ReportFiles files = sampleReport(ReportSettings.defaults(MappingMode.PRESERVE));
        JsonNode json = new ObjectMapper().readTree(files.json().toFile());
        assertThat(json.get("totals").get("by_reason").get("preserved-not-standard").asLong()).isZero();
    }

    @Test
    void manyPartsKeepMemoryBoundedAndFilesConsistent() throws Exception {
        int n = 120_000;
        ReportFiles files;
        try (MappingReport report = MappingReport.create(dir, new ReportSettings(MappingMode.STANDARD, 0.8))) {
            MappingDecision low = decision("Device:R", "Resistor_SMD:R_0603_1608Metric", 0.5, "standard");
            MappingDecision good = decision("Device:R", "Resistor_SMD:R_0603_1608Metric", 0.95, "standard");
            for (int i = 1; i <= n; i++) {
                report.record("T" + (i % 7), i, "K" + i, i % 3 == 0 ? low : good, List.of());
            }
            files = report.write(new ReportFacts("Big", "synthetic", List.of(), PERFORMANCE, Instant.EPOCH));
        }
        assertThat(csvDataLines(files.csv())).hasSize(n / 3);
        JsonNode json = new ObjectMapper().readTree(files.json().toFile());
        assertThat(json.get("review_parts").size()).isEqualTo(n / 3);
        assertThat(json.get("tables").size()).isEqualTo(7);
        Document doc = parseXml(Files.readString(files.html()));
        assertThat(reviewData(doc).path("rows").size()).isEqualTo(n / 3); // every part, no cap
        // repeated strings are written once: 40,000 rows of one decision stay far below 100 bytes a row
        assertThat(Files.size(files.html())).isLessThan(100L * n / 3);
    }

    @Test
    void theJsonIsLaidOutAsJacksonLaysOutAnArrayEvenWithNoPartsOrTablesWithoutParts() throws Exception {
        ReportFiles none;
        try (MappingReport report = MappingReport.create(dir.resolve("none"), new ReportSettings(MappingMode.STANDARD, 0.8))) {
            report.record("T", 1, "K1", decision("Device:R", "Resistor_SMD:R_0603_1608Metric", 0.95, "standard"), List.of());
            // a library named like the placeholder the list is written over stays what it is
            none = report.write(new ReportFacts("altium2kicad:review-parts-go-here", "s", List.of(), PERFORMANCE, Instant.EPOCH));
        }
        String text = Files.readString(none.json());
        assertThat(text).contains("\"review_parts\" : [ ],");
        JsonNode json = new ObjectMapper().readTree(text);
        assertThat(json.get("review_parts").isArray()).isTrue();
        assertThat(json.get("review_parts").size()).isZero();
        assertThat(json.get("library").asText()).isEqualTo("altium2kicad:review-parts-go-here");

        ReportFiles some;
        try (MappingReport report = MappingReport.create(dir.resolve("some"), new ReportSettings(MappingMode.STANDARD, 0.8))) {
            MappingDecision low = decision("Device:R", "Resistor_SMD:R_0603_1608Metric", 0.5, "standard");
            MappingDecision good = decision("Device:R", "Resistor_SMD:R_0603_1608Metric", 0.95, "standard");
            report.record("A", 1, "A1", good, List.of()); // a table with no part to review comes first
            report.record("B", 1, "B1", low, List.of());
            report.record("B", 2, "B2", low, List.of());
            report.record("C", 1, "C1", low, List.of());
            some = report.write(new ReportFacts("Parts", "s", List.of(), PERFORMANCE, Instant.EPOCH));
        }
        String listed = Files.readString(some.json());
        assertThat(listed).contains("\"review_parts\" : [ {\"table\":\"B\",\"row\":1,").contains("}, {\"table\":\"B\",\"row\":2,")
                .contains("}, {\"table\":\"C\",\"row\":1,");
        assertThat(new ObjectMapper().readTree(listed).path("review_parts").findValuesAsText("key")).containsExactly("B1", "B2", "C1");
    }

    @Test
    void aWrittenReportTakesNoMoreParts() {
        MappingReport report = MappingReport.create(dir, ReportSettings.defaults(MappingMode.PRESERVE));
        report.write(new ReportFacts("Empty", "none", List.of(), null, Instant.EPOCH));
        assertThatThrownBy(() -> report.record("T", 1, "K", decision("A:B", "C:D", 1, "preserve"), List.of()))
                .isInstanceOf(IllegalStateException.class);
        report.close();
        assertThat(dir.resolve("report.html")).exists();
    }

    @Test
    void listsTablesInDbLibOrderWhateverOrderTheirPartsArrivedInAndLeavesNoSpoolFiles() throws Exception {
        ReportFiles files;
        try (MappingReport report = MappingReport.create(dir, new ReportSettings(MappingMode.STANDARD, 0.9))) {
            // two tables migrated at once: their parts arrive interleaved, the second table's first
            for (int row = 1; row <= 3; row++) {
                report.record("Second", row, "S-" + row, decision("Device:C", null, 1.0, "preserve", "no footprint"), List.of());
                report.record("First", row, "F-" + row, decision("Device:R", null, 1.0, "preserve", "no footprint"), List.of());
            }
            files = report.write(new ReportFacts("Parts", "source", List.of(
                    new TableResult("First", "Part Number", "FieldType=0", 3, 3, 0, 0, 3, 0),
                    new TableResult("Second", "Part Number", "FieldType=0", 3, 3, 0, 0, 3, 0)), PERFORMANCE, Instant.EPOCH));
        }
        List<String> csvKeys = Files.readAllLines(files.csv(), StandardCharsets.UTF_8).stream().skip(1)
                .map(line -> line.split(",")[2]).toList();
        assertThat(csvKeys).containsExactly("F-1", "F-2", "F-3", "S-1", "S-2", "S-3");
        JsonNode json = new ObjectMapper().readTree(files.json().toFile());
        assertThat(json.path("review_parts").findValuesAsText("key")).containsExactly("F-1", "F-2", "F-3", "S-1", "S-2", "S-3");
        assertThat(reviewKeys(parseXml(Files.readString(files.html())))).containsExactly("F-1", "F-2", "F-3", "S-1", "S-2", "S-3");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(MappingReport.HTML_FILE,
                    MappingReport.CSV_FILE, MappingReport.JSON_FILE);
        }
    }
}
