package io.github.altium2kicad.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.altium2kicad.api.DeclineReasonCount;
import io.github.altium2kicad.api.MappingMode;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.PartIssue;
import io.github.altium2kicad.api.TableResult;
import io.github.altium2kicad.api.mapping.MappingDecision;
import io.github.altium2kicad.core.altium.AltiumReferenceFinding;
import io.github.altium2kicad.core.mapping.DeclineReason;
import io.github.altium2kicad.core.mapping.PreserveRule;
import io.github.altium2kicad.core.internal.writer.MigrationSummaryWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Collects how every part was mapped and writes the mapping report: {@value #HTML_FILE} (self-contained, opens
 * from disk), {@value #CSV_FILE} and {@value #JSON_FILE}.
 *
 * <p>Memory stays bounded for any number of parts: counters per table, rule and confidence band are kept; the parts
 * that need review are spooled per table to hidden files as they arrive ({@link ReviewSpool}) and joined into the
 * CSV, the JSON and the HTML in DbLib table order when the report is written, whatever order tables finished in. The
 * HTML holds every one of them, streamed from the spool into a compact JSON block that the page renders a page at a
 * time ({@link HtmlReportWriter}).
 *
 * <pre>{@code
 * try (MappingReport report = MappingReport.create(stagingFolder, ReportSettings.defaults(config.mappingMode()))) {
 *     // for each written row, in order:
 *     report.record(table, rowNumber, key, decision, validator.validate(input));
 *     // for each duplicate or empty key the writer reports:
 *     report.recordIssue(issue);
 *     ...
 *     report.write(new ReportFacts(name, location.description(), tables, performance, Instant.now()));
 * }
 * }</pre>
 *
 * Thread-safe: counts are kept under the report's lock, each table's spool is written under its own.
 */
public final class MappingReport implements AutoCloseable {

    /** The HTML report's file name. */
    public static final String HTML_FILE = "report.html";
    /** The CSV of the parts that need review. */
    public static final String CSV_FILE = "mapping-report.csv";
    /** The JSON with the counts, the parts that need review and the performance summary. */
    public static final String JSON_FILE = "mapping-report.json";

    static final List<String> CSV_HEADER = List.of("table", "row", "key", "reasons", "rule", "confidence", "symbol",
            "footprints", "details", "decline_reason");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Counts of one table. */
    static final class TableCounts {
        long parts;
        long review;
        long duplicateKeys;
        long emptyKeys;
        final long[] bands = new long[ConfidenceBand.values().length];
        final Map<String, Long> rules = new TreeMap<>();
        final EnumMap<ReviewReason, Long> reasons = new EnumMap<>(ReviewReason.class);
    }

    private final Path folder;
    private final ReportSettings settings;
    private final Map<String, ReviewSpool> spools = new LinkedHashMap<>();
    private final Map<String, TableCounts> tables = new LinkedHashMap<>();
    private final Map<String, long[]> rulesByBand = new TreeMap<>();
    private final EnumMap<ReviewReason, Long> reasons = new EnumMap<>(ReviewReason.class);
    /** Decline reason summary → parts kept for it, and the first such part (table/key, what the rule saw). */
    private final Map<String, DeclineTally> declines = new LinkedHashMap<>();
    private long parts;
    private long review;
    private long unverifiable;
    private boolean finished;

    private MappingReport(Path folder, ReportSettings settings) {
        this.folder = folder;
        this.settings = settings;
    }

    /**
     * Starts a report in {@code folder} (created if needed), where the parts that need review are spooled until
     * {@link #write}.
     *
     * @throws MigrationException {@link MigrationException.Kind#FAILURE} if the folder cannot be created
     */
    public static MappingReport create(Path folder, ReportSettings settings) {
        try {
            Files.createDirectories(folder);
            return new MappingReport(folder, settings);
        } catch (IOException e) {
            throw MigrationException.failure("Cannot create the mapping report in " + folder + ": " + e, e);
        }
    }

    /**
     * Records one written part.
     *
     * @param table    the Altium table
     * @param row      the 1-based source row
     * @param key      the part's key
     * @param decision how it was mapped
     * @param findings what the Altium reference check found ({@link AltiumReferenceFinding}); empty if not checked
     */
    public void record(String table, long row, String key, MappingDecision decision, List<AltiumReferenceFinding> findings) {
        record(table, row, key, decision, findings, Optional.empty());
    }

    /**
     * Records one written part that a mapping rule may have failed on.
     *
     * @param ruleError the part's rule-error issue text if a rule failed on it (the part is then listed for review)
     * @see #record(String, long, String, MappingDecision, List)
     */
    public synchronized void record(String table, long row, String key, MappingDecision decision,
                                    List<AltiumReferenceFinding> findings, Optional<String> ruleError) {
        count(table, decision, findings, 1);
        reviewOf(decision, findings, ruleError).ifPresent(review -> reviewPart(table, row, key, review));
    }

    /**
     * Counts {@code parts} written parts of {@code table} that share one decision, without listing them: for callers
     * that decide each distinct input once (list the parts that need review with {@link #reviewPart}).
     */
    public void count(String table, MappingDecision decision, List<AltiumReferenceFinding> findings, long parts) {
        count(table, decision.rule(), decision.confidence(), unverifiableReferences(findings), parts);
    }

    /**
     * Counts {@code parts} written parts of {@code table} decided by {@code rule} with {@code confidence}, each with
     * {@code unverifiablePerPart} Altium references that could not be checked (see {@link #unverifiableReferences}).
     */
    public synchronized void count(String table, String rule, double confidence, long unverifiablePerPart, long parts) {
        checkOpen();
        TableCounts t = tables.computeIfAbsent(table, k -> new TableCounts());
        ConfidenceBand band = ConfidenceBand.of(confidence);
        this.parts += parts;
        t.parts += parts;
        t.bands[band.ordinal()] += parts;
        t.rules.merge(rule, parts, Long::sum);
        rulesByBand.computeIfAbsent(rule, k -> new long[ConfidenceBand.values().length])[band.ordinal()] += parts;
        unverifiable += parts * unverifiablePerPart;
    }

    /** How many of {@code findings} say a reference could not be checked (counted, not listed, by the report). */
    public static long unverifiableReferences(List<AltiumReferenceFinding> findings) {
        return findings.stream().filter(f -> f.kind() == AltiumReferenceFinding.Kind.UNVERIFIABLE).count();
    }

    /**
     * What the review list says of every part with this decision, these findings and this rule error (the issue
     * text, if a mapping rule failed on the parts), or empty if such parts are not listed: for callers that decide
     * once and list the parts later ({@link #reviewPart(String, long, String, PartReview)}).
     */
    public Optional<PartReview> reviewOf(MappingDecision decision, List<AltiumReferenceFinding> findings,
                                         Optional<String> ruleError) {
        Set<ReviewReason> why = reasons(decision, findings);
        ruleError.ifPresent(error -> why.add(ReviewReason.RULE_ERROR));
        if (why.isEmpty()) {
            return Optional.empty();
        }
        List<String> details = new ArrayList<>();
        ruleError.ifPresent(details::add);
        details.addAll(decision.problems());
        findings.stream().filter(AltiumReferenceFinding::isProblem).forEach(f -> details.add(f.message()));
        String decline = why.contains(ReviewReason.PRESERVED_NOT_STANDARD)
                ? DeclineReason.in(decision.evidence()).map(DeclineReason::describe).orElse("") : "";
        return Optional.of(new PartReview(why, decision.rule(), decision.confidence(),
                decision.symbol().map(Object::toString).orElse(""), decision.footprintsColumnValue(), details, decline));
    }

    /** The settings that decide which parts are listed for review. */
    public ReportSettings settings() {
        return settings;
    }

    /** Lists one written part for review with what {@link #reviewOf} said of its decision. */
    public void reviewPart(String table, long row, String key, PartReview review) {
        ReviewRow listed = new ReviewRow(table, row, key, review.reasons(), review.rule(), review.confidence(),
                review.symbol(), review.footprints(), review.details(), review.declineReason());
        ReviewSpool spool;
        synchronized (this) {
            checkOpen();
            spool = counted(tables.computeIfAbsent(table, k -> new TableCounts()), listed);
            if (!review.declineReason().isEmpty()) {
                String summary = DeclineReason.summaryOf(review.declineReason());
                declines.computeIfAbsent(summary, s -> new DeclineTally(table + "/" + key + ": " + review.declineReason())).parts++;
            }
        }
        spool(spool, listed);
    }

    /** How many parts were kept for one decline reason, and the first of them. */
    private static final class DeclineTally {
        final String example;
        long parts;

        DeclineTally(String example) {
            this.example = example;
        }
    }

    /**
     * The {@code limit} most common reasons why {@code standard} mode kept parts as Altium, most parts first (ties in
     * the order first seen), each with one example part.
     */
    public synchronized List<DeclineReasonCount> topDeclineReasons(int limit) {
        return declines.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().parts, a.getValue().parts))
                .limit(limit)
                .map(e -> new DeclineReasonCount(e.getKey(), e.getValue().parts, e.getValue().example))
                .toList();
    }

    private Set<ReviewReason> reasons(MappingDecision decision, List<AltiumReferenceFinding> findings) {
        Set<ReviewReason> why = EnumSet.noneOf(ReviewReason.class);
        if (decision.confidence() < settings.reviewBelow()) {
            why.add(ReviewReason.LOW_CONFIDENCE);
        }
        if (settings.mappingMode() != MappingMode.PRESERVE && PreserveRule.NAME.equals(decision.rule())) {
            why.add(ReviewReason.PRESERVED_NOT_STANDARD);
        }
        if (!decision.fullyResolved()) {
            why.add(ReviewReason.UNRESOLVED);
        }
        if (findings.stream().anyMatch(AltiumReferenceFinding::isProblem)) {
            why.add(ReviewReason.ALTIUM_REFERENCE);
        }
        return why;
    }

    /**
     * Records a duplicate, empty or renamed key (other kinds of issue are derived from the decisions and ignored here).
     */
    public void recordIssue(PartIssue issue) {
        ReviewRow listed;
        ReviewSpool spool;
        synchronized (this) {
            checkOpen();
            listed = issueRow(issue);
            if (listed == null) {
                return;
            }
            TableCounts t = tables.computeIfAbsent(issue.table(), k -> new TableCounts());
            if (listed.reasons().contains(ReviewReason.DUPLICATE_KEY)) {
                t.duplicateKeys++;
            } else if (listed.reasons().contains(ReviewReason.EMPTY_KEY)) {
                t.emptyKeys++;
            }
            spool = counted(t, listed);
        }
        spool(spool, listed);
    }

    /** The review row of a duplicate, empty or renamed key; {@code null} for other kinds of issue. */
    private static ReviewRow issueRow(PartIssue issue) {
        ReviewReason reason = switch (issue.kind()) {
            case DUPLICATE_KEY -> ReviewReason.DUPLICATE_KEY;
            case EMPTY_KEY -> ReviewReason.EMPTY_KEY;
            case KEY_RENAMED -> ReviewReason.KEY_RENAMED;
            default -> null;
        };
        return reason == null ? null : new ReviewRow(issue.table(), issue.row(), issue.key(), Set.of(reason), "", null,
                "", "", List.of(issue.action()), "");
    }

    /** Counts a listed part and returns its table's spool (created on the table's first part); under the lock. */
    private ReviewSpool counted(TableCounts t, ReviewRow r) {
        review++;
        t.review++;
        for (ReviewReason reason : r.reasons()) {
            reasons.merge(reason, 1L, Long::sum);
            t.reasons.merge(reason, 1L, Long::sum);
        }
        try {
            ReviewSpool spool = spools.get(r.table());
            if (spool == null) {
                spool = ReviewSpool.create(folder, spools.size(), JSON.getFactory());
                spools.put(r.table(), spool);
            }
            return spool;
        } catch (IOException e) {
            throw MigrationException.failure("Cannot write the mapping report in " + folder + ": " + e, e);
        }
    }

    /**
     * Writes a counted row to its table's spool, outside the report's lock: tables migrated side by side (each by one
     * thread, so each table's rows stay in order) write their own spools at the same time.
     */
    private void spool(ReviewSpool spool, ReviewRow r) {
        synchronized (spool) {
            try {
                spool.add(r);
            } catch (IOException e) {
                throw MigrationException.failure("Cannot write the mapping report in " + folder + ": " + e, e);
            }
        }
    }

    /**
     * Finishes the CSV and JSON and writes the HTML. Call once, after the last part.
     *
     * @throws MigrationException {@link MigrationException.Kind#FAILURE} if a file cannot be written
     */
    public synchronized ReportFiles write(ReportFacts facts) {
        checkOpen();
        finished = true;
        Path html = folder.resolve(HTML_FILE);
        List<TableRow> tableRows = tableRows(facts);
        List<ReviewSpool> inTableOrder = new ArrayList<>();
        for (TableRow t : tableRows) {
            ReviewSpool spool = spools.get(t.table());
            if (spool != null) {
                inTableOrder.add(spool);
            }
        }
        // the HTML reads the binary spools while this thread joins the CSV and JSON ones: both are a pass over every
        // row to review, about a second each at 70,000 parts; the spools are closed first, so only reads overlap
        ExecutorService htmlThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "altium2kicad-report-html");
            t.setDaemon(true);
            return t;
        });
        try {
            for (ReviewSpool spool : inTableOrder) {
                synchronized (spool) {
                    spool.close();
                }
            }
            Future<Void> htmlWritten = htmlThread.submit(() -> {
                writeHtml(html, facts, tableRows, inTableOrder);
                return null;
            });
            writeCsvAndJson(facts, tableRows, inTableOrder);
            htmlWritten.get();
            deleteSpools();
        } catch (IOException e) {
            throw MigrationException.failure("Cannot write the mapping report in " + folder + ": " + e, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw MigrationException.failure("Cannot write the mapping report in " + folder + ": " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw MigrationException.failure("Interrupted while writing the mapping report in " + folder, e);
        } finally {
            htmlThread.shutdownNow(); // after a failure: stop the HTML, and let it end before the caller cleans up
            try {
                htmlThread.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new ReportFiles(html, folder.resolve(CSV_FILE), folder.resolve(JSON_FILE));
    }

    private void writeHtml(Path html, ReportFacts facts, List<TableRow> tableRows, List<ReviewSpool> inTableOrder)
            throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(html, StandardCharsets.UTF_8))) {
            new HtmlReportWriter(out).write(facts, settings, tableRows, rulesByBand, reasons, parts, review,
                    unverifiable, consumer -> {
                        for (ReviewSpool spool : inTableOrder) {
                            spool.forEachRow(consumer);
                        }
                    });
        }
    }

    /**
     * Writes the CSV and the JSON file. The spooled rows are copied into them as bytes: decoding and encoding them
     * again (tens of MB at 70,000 parts) was most of this step. The JSON around the rows is written by Jackson with a
     * placeholder for the list, which is then cut out and replaced by the spooled rows, laid out as Jackson lays out
     * an array ({@code [ {…}, {…} ]}).
     */
    private void writeCsvAndJson(ReportFacts facts, List<TableRow> tableRows, List<ReviewSpool> inTableOrder)
            throws IOException {
        try (FileChannel csv = FileChannel.open(folder.resolve(CSV_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            // the byte order mark lets spreadsheet programs recognise UTF-8
            ReviewSpool.writeFully(csv, ("\uFEFF" + CsvLine.of(CSV_HEADER)).getBytes(StandardCharsets.UTF_8));
            for (ReviewSpool spool : inTableOrder) {
                spool.appendCsvTo(csv);
            }
        }
        StringWriter around = new StringWriter();
        try (JsonGenerator json = JSON.getFactory().createGenerator(around)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", "altium2kicad-mapping-report");
            json.writeNumberField("version", 1);
            json.writeStringField("review_parts", REVIEW_PARTS_PLACEHOLDER); // the first string after two constants
            json.writeStringField("library", facts.libraryName());
            json.writeStringField("source", facts.source());
            json.writeStringField("generated_at", facts.generatedAt().toString());
            json.writeStringField("mapping_mode", settings.mappingMode().configName());
            json.writeObjectFieldStart("settings");
            json.writeNumberField("review_below", settings.reviewBelow());
            json.writeEndObject();
            json.writeObjectFieldStart("totals");
            json.writeNumberField("parts", parts);
            json.writeNumberField("review_parts", review);
            json.writeNumberField("unverifiable_references", unverifiable);
            json.writeObjectFieldStart("by_reason");
            for (ReviewReason r : ReviewReason.values()) {
                json.writeNumberField(r.key(), reasons.getOrDefault(r, 0L));
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("top_decline_reasons");
            for (DeclineReasonCount d : topDeclineReasons(10)) {
                json.writeStartObject();
                json.writeStringField("reason", d.reason());
                json.writeNumberField("parts", d.parts());
                json.writeStringField("example", d.example());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("tables");
            for (TableRow t : tableRows) {
                writeTable(json, t);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("mapping");
            for (Map.Entry<String, long[]> e : rulesByBand.entrySet()) {
                for (ConfidenceBand band : ConfidenceBand.values()) {
                    long n = e.getValue()[band.ordinal()];
                    if (n > 0) {
                        json.writeStartObject();
                        json.writeStringField("rule", e.getKey());
                        json.writeStringField("band", band.key());
                        json.writeNumberField("parts", n);
                        json.writeEndObject();
                    }
                }
            }
            json.writeEndArray();
            if (facts.performance() != null) {
                ObjectNode performance = JSON.createObjectNode();
                MigrationSummaryWriter.writePerformance(performance, facts.performance());
                json.writeFieldName("performance");
                json.writeTree(performance);
            }
            json.writeEndObject();
        }
        String text = around.toString();
        String placeholder = "\"" + REVIEW_PARTS_PLACEHOLDER + "\"";
        int at = text.indexOf(placeholder);
        try (FileChannel json = FileChannel.open(folder.resolve(JSON_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ReviewSpool.writeFully(json, (text.substring(0, at) + "[").getBytes(StandardCharsets.UTF_8));
            boolean first = true;
            for (ReviewSpool spool : inTableOrder) {
                first = spool.appendJsonTo(json, first);
            }
            ReviewSpool.writeFully(json, (" ]" + text.substring(at + placeholder.length())).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Stands for the list of parts to review while the JSON around it is written. */
    private static final String REVIEW_PARTS_PLACEHOLDER = "altium2kicad:review-parts-go-here";

    private static void writeTable(JsonGenerator json, TableRow t) throws IOException {
        json.writeStartObject();
        json.writeStringField("table", t.table());
        if (t.result() != null) {
            json.writeNumberField("rows_read", t.result().rowsRead());
            json.writeNumberField("rows_written", t.result().rowsWritten());
            json.writeNumberField("unresolved", t.result().unresolved());
        }
        json.writeNumberField("parts_mapped", t.counts().parts);
        json.writeNumberField("duplicate_keys", t.counts().duplicateKeys);
        json.writeNumberField("empty_keys", t.counts().emptyKeys);
        json.writeNumberField("review_parts", t.counts().review);
        json.writeObjectFieldStart("by_band");
        for (ConfidenceBand band : ConfidenceBand.values()) {
            json.writeNumberField(band.key(), t.counts().bands[band.ordinal()]);
        }
        json.writeEndObject();
        json.writeObjectFieldStart("by_rule");
        for (Map.Entry<String, Long> e : t.counts().rules.entrySet()) {
            json.writeNumberField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("by_reason");
        for (Map.Entry<ReviewReason, Long> e : t.counts().reasons.entrySet()) {
            json.writeNumberField(e.getKey().key(), e.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** A table's result (if the migration reported one) and counts, in DbLib order, then tables seen only here. */
    record TableRow(String table, TableResult result, TableCounts counts) {
    }

    private List<TableRow> tableRows(ReportFacts facts) {
        List<TableRow> rows = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (TableResult r : facts.tables()) {
            rows.add(new TableRow(r.table(), r, tables.getOrDefault(r.table(), new TableCounts())));
            seen.add(r.table());
        }
        tables.forEach((name, counts) -> {
            if (!seen.contains(name)) {
                rows.add(new TableRow(name, null, counts));
            }
        });
        return rows;
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("the mapping report was already written or closed");
        }
    }

    /** Deletes the spooled rows; a report that was not {@link #write written} is left unwritten. */
    @Override
    public synchronized void close() {
        finished = true;
        for (ReviewSpool spool : spools.values()) {
            try {
                spool.close();
                spool.delete();
            } catch (IOException ignored) {
                // closing after a failure: the first error was reported, and the staging folder is discarded
            }
        }
        spools.clear();
    }

    private void deleteSpools() throws IOException {
        for (ReviewSpool spool : spools.values()) {
            spool.delete();
        }
        spools.clear();
    }
}
