package io.github.altium2kicad.core.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.dblib.ConnectionString;
import io.github.altium2kicad.api.dblib.DatabaseLinks;
import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.source.SourceLocation;
import io.github.altium2kicad.core.dblib.DbLibParser;
import io.github.altium2kicad.core.testing.MutatedConnectionStrings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 mutated connection strings, each holding a known password, through everything that turns a connection
 * string into text: {@link ConnectionString#redacted()}, {@code toString()}, parse errors, the DbLib parser's
 * errors and log, and {@link SourceLocator}'s descriptions and errors. None may show the password or a fragment of
 * it. Seeded, so a failure names a sample that reproduces.
 */
class ConnectionStringLeakFuzzTest {

    static final int SAMPLES = 100_000;
    static final int THROUGH_DBLIB_FILES = 25; // every 25th sample is also written as a DbLib and parsed

    @TempDir
    Path dir;

    @Test
    void noMutatedConnectionStringShowsItsPassword() throws Exception {
        MutatedConnectionStrings samples = new MutatedConnectionStrings(20261202L);
        SourceLocator locator = new SourceLocator(new io.github.altium2kicad.core.dblib.DatabaseFileLocator(), Map.of());
        DbLibParser parser = new DbLibParser();
        Path dbLib = dir.resolve("Parts.DbLib");
        PrintStream originalErr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        List<String> leaks = new ArrayList<>();
        int parsed = 0;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            for (int n = 0; n < SAMPLES; n++) {
                MutatedConnectionStrings.Sample sample = samples.next();
                List<String> shown = new ArrayList<>();
                try {
                    ConnectionString cs = ConnectionString.parse(sample.connectionString());
                    parsed++;
                    shown.add(cs.redacted());
                    shown.add(cs.toString());
                    cs.hasSecrets();
                    try {
                        cs.extendedProperties().ifPresent(e -> shown.add(e.redacted()));
                    } catch (IllegalArgumentException e) {
                        shown.add(e.getMessage());
                    }
                    LibraryDescriptor library = new LibraryDescriptor(dir.resolve("Parts.DbLib"), "1.1",
                            new DatabaseLinks(cs, "[", "]", true, false, "", "", "", false, List.of(), false, Map.of()),
                            List.of(), List.of());
                    try {
                        SourceLocation location = locator.locate(library, Optional.empty());
                        shown.add(location.toString());
                        shown.add(location.description());
                        location.jdbcUrl().ifPresent(shown::add);
                    } catch (MigrationException e) {
                        shown.add(e.getMessage());
                    }
                } catch (IllegalArgumentException e) {
                    shown.add(e.getMessage());
                }
                if (n % THROUGH_DBLIB_FILES == 0) {
                    Files.writeString(dbLib, "[OutputDatabaseLinkFile]\r\nVersion=1.1\r\n[DatabaseLinks]\r\nConnectionString="
                            + sample.connectionString() + "\r\nLeftQuote=[\r\nRightQuote=]\r\nQuoteTableNames=1\r\n"
                            + "[Table1]\r\nSchemaName=\r\nTableName=Resistors\r\nEnabled=True\r\n", StandardCharsets.ISO_8859_1);
                    try {
                        shown.add(parser.parse(dbLib).links().connectionString().redacted());
                    } catch (MigrationException e) {
                        shown.add(e.getMessage());
                    }
                }
                for (String text : shown) {
                    if (leaks(text, sample) && leaks.size() < 20) {
                        leaks.add("sample " + n + ": " + sample.connectionString() + "\n    shown as: " + text);
                    }
                }
            }
        } finally {
            System.setErr(originalErr);
        }
        String logged = log.toString(StandardCharsets.UTF_8);
        for (String password : MutatedConnectionStrings.PASSWORDS) {
            if (leaks(logged, new MutatedConnectionStrings.Sample("", password))) {
                leaks.add("the log shows a password or part of " + password);
            }
        }
        System.out.printf("connection strings fuzzed: %d (%d parsed), leaks: %d%n", SAMPLES, parsed, leaks.size());
        assertThat(leaks).as("shown text holding the password").isEmpty();
        assertThat(parsed).as("most samples still parse, so the parsed path is fuzzed too").isGreaterThan(SAMPLES / 2);
    }

    static boolean leaks(String text, MutatedConnectionStrings.Sample sample) {
        String lower = text.toLowerCase(Locale.ROOT);
        return sample.secrets().stream().anyMatch(s -> lower.contains(s.toLowerCase(Locale.ROOT)));
    }
}
