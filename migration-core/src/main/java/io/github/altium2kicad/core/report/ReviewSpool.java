package io.github.altium2kicad.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The review rows of one table, spooled to two hidden files (CSV lines, one compact JSON object per line) as they
 * arrive, so that tables migrated at the same time on several threads each keep their rows together and the report
 * can list the tables in DbLib order whatever order they finished in, and read them back one at a time for the HTML.
 * Not thread-safe: {@link MappingReport} serializes the calls.
 */
final class ReviewSpool implements AutoCloseable {

    private final Path csvFile;
    private final Path jsonFile;
    private final Writer csv;
    private final JsonGenerator json;

    /** Takes the spooled rows one at a time. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(ReviewRow row) throws IOException;
    }

    private ReviewSpool(Path csvFile, Path jsonFile, Writer csv, JsonGenerator json) {
        this.csvFile = csvFile;
        this.jsonFile = jsonFile;
        this.csv = csv;
        this.json = json;
    }

    /** A spool in {@code folder}, its files named after {@code number} (the table's arrival number). */
    static ReviewSpool create(Path folder, int number, JsonFactory factory) throws IOException {
        Path csvFile = folder.resolve(".mapping-report-" + number + ".csv.part");
        Path jsonFile = folder.resolve(".mapping-report-" + number + ".json.part");
        Writer csv = Files.newBufferedWriter(csvFile, StandardCharsets.UTF_8);
        try {
            JsonGenerator json = factory.createGenerator(Files.newBufferedWriter(jsonFile, StandardCharsets.UTF_8));
            json.setRootValueSeparator(null);
            return new ReviewSpool(csvFile, jsonFile, csv, json);
        } catch (IOException e) {
            csv.close();
            throw e;
        }
    }

    /** Adds a row: its CSV line and JSON object are written. */
    void add(ReviewRow r) throws IOException {
        csv.write(CsvLine.of(List.of(r.table(), Long.toString(r.row()), r.key() == null ? "" : r.key(),
                r.reasonKeys(), r.rule(), r.confidenceText(), r.symbol(), r.footprints(), String.join("; ", r.details()),
                r.declineReason())));
        json.writeStartObject();
        json.writeStringField("table", r.table());
        json.writeNumberField("row", r.row());
        json.writeStringField("key", r.key());
        json.writeArrayFieldStart("reasons");
        for (ReviewReason reason : ReviewReason.values()) {
            if (r.reasons().contains(reason)) {
                json.writeString(reason.key());
            }
        }
        json.writeEndArray();
        json.writeStringField("rule", r.rule());
        if (r.confidence() != null) {
            json.writeNumberField("confidence", r.confidence());
        } else {
            json.writeNullField("confidence");
        }
        json.writeStringField("symbol", r.symbol());
        json.writeStringField("footprints", r.footprints());
        json.writeArrayFieldStart("details");
        for (String d : r.details()) {
            json.writeString(d);
        }
        json.writeEndArray();
        if (!r.declineReason().isEmpty()) {
            json.writeStringField("decline_reason", r.declineReason());
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    /** Closes the spool and appends its rows to the report's CSV and to the JSON array being written; the rows stay
     * spooled for {@link #forEachRow} until {@link #delete}. */
    void appendTo(Writer csvOut, JsonGenerator jsonOut) throws IOException {
        close();
        try (BufferedReader in = Files.newBufferedReader(csvFile, StandardCharsets.UTF_8)) {
            in.transferTo(csvOut);
        }
        try (BufferedReader in = Files.newBufferedReader(jsonFile, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                jsonOut.writeRawValue(line);
            }
        }
    }

    /** Reads the spooled rows back, in the order they were added, one at a time (after {@link #appendTo}). */
    void forEachRow(ObjectMapper mapper, RowConsumer consumer) throws IOException {
        close();
        try (BufferedReader in = Files.newBufferedReader(jsonFile, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                consumer.accept(rowOf(mapper.readTree(line)));
            }
        }
    }

    private static ReviewRow rowOf(JsonNode n) {
        Set<ReviewReason> reasons = EnumSet.noneOf(ReviewReason.class);
        n.path("reasons").forEach(r -> reasons.add(ReviewReason.ofKey(r.asText())));
        List<String> details = new ArrayList<>();
        n.path("details").forEach(d -> details.add(d.asText()));
        JsonNode key = n.path("key");
        JsonNode confidence = n.path("confidence");
        return new ReviewRow(n.path("table").asText(), n.path("row").asLong(), key.isNull() ? null : key.asText(),
                reasons, n.path("rule").asText(), confidence.isNull() ? null : confidence.asDouble(),
                n.path("symbol").asText(), n.path("footprints").asText(), details, n.path("decline_reason").asText(""));
    }

    @Override
    public void close() throws IOException {
        try {
            csv.close();
        } finally {
            json.close();
        }
    }

    /** Deletes the spool files (after {@link #close}). */
    void delete() throws IOException {
        Files.deleteIfExists(csvFile);
        Files.deleteIfExists(jsonFile);
    }
}
