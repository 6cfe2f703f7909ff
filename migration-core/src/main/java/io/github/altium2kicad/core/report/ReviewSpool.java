package io.github.altium2kicad.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.altium2kicad.core.internal.codec.Utf8Strings;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The review rows of one table, spooled to three hidden files (CSV lines, compact JSON objects each after {@code ", "}, and the
 * rows in a compact binary form for reading back) as they arrive, so that tables migrated at the same time on several
 * threads each keep their rows together and the report can list the tables in DbLib order whatever order they
 * finished in, and read them back one at a time for the HTML without parsing JSON. Not thread-safe:
 * {@link MappingReport} serializes the calls to each spool.
 */
final class ReviewSpool implements AutoCloseable {

    /** Buffer size of each spool file, in chars or bytes. */
    private static final int BUFFER = 8192;
    /** The byte before each row in the binary spool. */
    private static final int ROW = 0x52;

    private final Path csvFile;
    private final Path jsonFile;
    private final Path rowsFile;
    private final Writer csv;
    private final JsonGenerator json;
    private final DataOutputStream rows;
    private long rowCount;

    /** Takes the spooled rows one at a time. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(ReviewRow row) throws IOException;
    }

    private ReviewSpool(Path csvFile, Path jsonFile, Path rowsFile, Writer csv, JsonGenerator json, DataOutputStream rows) {
        this.csvFile = csvFile;
        this.jsonFile = jsonFile;
        this.rowsFile = rowsFile;
        this.csv = csv;
        this.json = json;
        this.rows = rows;
    }

    /** A spool in {@code folder}, its files named after {@code number} (the table's arrival number). */
    static ReviewSpool create(Path folder, int number, JsonFactory factory) throws IOException {
        Path csvFile = folder.resolve(".mapping-report-" + number + ".csv.part");
        Path jsonFile = folder.resolve(".mapping-report-" + number + ".json.part");
        Path rowsFile = folder.resolve(".mapping-report-" + number + ".rows.part");
        Writer csv = writer(csvFile);
        JsonGenerator json = null;
        try {
            json = factory.createGenerator(writer(jsonFile));
            json.setRootValueSeparator(null);
            DataOutputStream rows = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(rowsFile), BUFFER));
            return new ReviewSpool(csvFile, jsonFile, rowsFile, csv, json, rows);
        } catch (IOException e) {
            csv.close();
            if (json != null) {
                json.close();
            }
            throw e;
        }
    }

    /**
     * A UTF-8 writer with a small buffer: every table's spool stays open until the report is written, so at 168 tables
     * 64 KB buffers cost the heap about 50 MB.
     */
    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER);
    }

    /** Adds a row: its CSV line and JSON object are written. */
    void add(ReviewRow r) throws IOException {
        json.writeRaw(", "); // the separator Jackson's pretty printer puts between the objects of an array
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
        writeBinary(r);
        rowCount++;
    }

    private void writeBinary(ReviewRow r) throws IOException {
        rows.writeByte(ROW); // read() finds -1 instead at the end of the file
        Utf8Strings.write(rows, r.table());
        rows.writeLong(r.row());
        Utf8Strings.write(rows, r.key());
        int reasons = 0;
        for (ReviewReason reason : r.reasons()) {
            reasons |= 1 << reason.ordinal();
        }
        rows.writeInt(reasons);
        Utf8Strings.write(rows, r.rule());
        rows.writeBoolean(r.confidence() != null);
        rows.writeDouble(r.confidence() == null ? 0 : r.confidence());
        Utf8Strings.write(rows, r.symbol());
        Utf8Strings.write(rows, r.footprints());
        Utf8Strings.writeAll(rows, r.details());
        Utf8Strings.write(rows, r.declineReason());
    }

    /** Closes the spool and appends its CSV lines to the report's CSV, as bytes; the rows stay spooled until {@link #delete}. */
    void appendCsvTo(FileChannel out) throws IOException {
        close();
        transfer(csvFile, 0, out);
    }

    /**
     * Closes the spool and appends its JSON objects to the report's {@code review_parts} list, as bytes, each after
     * {@code ", "}, or after {@code " "} for the {@code first} object of the list.
     *
     * @return whether the next object is still the first: true if this spool has no rows and {@code first} was true
     */
    boolean appendJsonTo(FileChannel out, boolean first) throws IOException {
        close();
        if (rowCount == 0) {
            return first;
        }
        transfer(jsonFile, first ? 1 : 0, out); // the spool starts with ", "; the list's first object gets " "
        return false;
    }

    private static void transfer(Path file, long from, FileChannel out) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = in.size();
            for (long at = from; at < size; ) {
                at += in.transferTo(at, size - at, out);
            }
        }
    }

    /** Writes all of {@code bytes} to {@code out}. */
    static void writeFully(FileChannel out, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    /**
     * Reads the spooled rows back from the binary spool, in the order they were added, one at a time. Only reads: it
     * may run beside {@link #appendCsvTo} and {@link #appendJsonTo} once the spool is closed.
     */
    void forEachRow(RowConsumer consumer) throws IOException {
        close();
        ReviewReason[] all = ReviewReason.values();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(rowsFile), 1 << 16))) {
            while (true) {
                int marker = in.read();
                if (marker < 0) {
                    return;
                }
                if (marker != ROW) {
                    throw new IOException("the review spool " + rowsFile + " is damaged (byte " + marker + " where a row starts)");
                }
                String table = Utf8Strings.read(in);
                long row = in.readLong();
                String key = Utf8Strings.read(in);
                int reasonBits = in.readInt();
                Set<ReviewReason> reasons = EnumSet.noneOf(ReviewReason.class);
                for (ReviewReason reason : all) {
                    if ((reasonBits & (1 << reason.ordinal())) != 0) {
                        reasons.add(reason);
                    }
                }
                String rule = Utf8Strings.read(in);
                boolean hasConfidence = in.readBoolean();
                double confidence = in.readDouble();
                String symbol = Utf8Strings.read(in);
                String footprints = Utf8Strings.read(in);
                List<String> details = Utf8Strings.readAll(in);
                String declineReason = Utf8Strings.read(in);
                consumer.accept(new ReviewRow(table, row, key, reasons, rule, hasConfidence ? confidence : null, symbol,
                        footprints, details, declineReason));
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            csv.close();
        } finally {
            try {
                json.close();
            } finally {
                rows.close();
            }
        }
    }

    /** Deletes the spool files (after {@link #close}). */
    void delete() throws IOException {
        Files.deleteIfExists(csvFile);
        Files.deleteIfExists(jsonFile);
        Files.deleteIfExists(rowsFile);
    }
}
