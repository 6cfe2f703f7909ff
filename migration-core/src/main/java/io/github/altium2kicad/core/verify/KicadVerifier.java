package io.github.altium2kicad.core.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.altium2kicad.api.KicadVerification;
import io.github.altium2kicad.api.KicadVerification.Finding;
import io.github.altium2kicad.api.KicadVerification.Problem;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.core.kicad.index.LibTableEntry;
import io.github.altium2kicad.core.kicad.index.LibTableReader;
import io.github.altium2kicad.core.internal.source.sqlite.SqlIdentifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks KiCad to load every part of a written output: for each part it places the database part
 * ({@code <nickname>:<library>/<key>}, with its first footprint) and, once per distinct value, its symbol on probe
 * schematics and reads {@code kicad-cli sch erc}'s library and footprint-link checks. Probes ERC leaves out are
 * checked again on fresh, small sheets; a sheet KiCad cannot load is split until the probe that stops it is found.
 * Symbols that load are then checked for pins ({@link SymbolPins}).
 */
public final class KicadVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(KicadVerifier.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Probes per schematic: measured, 4,130 probes on one sheet took 4 s and were all answered. */
    static final int SHEET_SIZE = 1000;
    /** Probes per schematic when re-checking the ones ERC left out. */
    static final int RECHECK_SIZE = 50;
    static final int RECHECK_ROUNDS = 3;

    /** Characters KiCad 9 cannot have in a symbol name: a schematic placing one does not load. */
    private static final Pattern UNUSABLE = Pattern.compile("[:\\\\<>\"\\t\\n\\r]");
    /** How a probe that stops its sheet from loading is answered. */
    private static final String UNLOADABLE_SHEET = "a schematic that places it does not load";

    private final KicadCli cli;
    private final MigrationConfig config;

    public KicadVerifier(KicadCli cli, MigrationConfig config) {
        this.cli = cli;
        this.config = config;
    }

    /** A database library of the {@code .kicad_dbl}. */
    private record DblLibrary(String name, String table, String key, String symbols, String footprints) {
    }

    /**
     * One part and its probe. A part name ({@code <library>/<key>}) with a character KiCad cannot use
     * ({@code unusableName}) stops a whole sheet from loading, so such probes are placed alone, on a sheet each (the
     * first {@value #MAX_ALONE_PER_TABLE} of each table, {@value #MAX_ALONE} in all).
     */
    private record Part(String table, String library, String key, String symbol, String footprint, ProbeSymbol part,
                        boolean unusableName) {
    }

    /** Probes with unusable names that KiCad is asked about, one sheet each; the rest are reported by the rule. */
    static final int MAX_ALONE = 10;
    static final int MAX_ALONE_PER_TABLE = 2;
    /** Parts of each library also placed through the {@code .kicad_dbl} itself, with all its fields. */
    static final int FULL_CHECKS_PER_LIBRARY = 5;

    /**
     * Verifies the output staged in {@code staging} ({@code <name>.kicad_dbl}, {@code <name>.sqlite} and the lib
     * tables), to be published to {@code target}.
     */
    public KicadVerification verify(Path staging, Path target, String name) {
        long start = System.nanoTime();
        try (ProbeProject project = ProbeProject.create(cli, staging, target, config)) {
            String nickname = databaseNickname(staging, name);
            List<Part> parts = new ArrayList<>();
            Map<String, ProbeSymbol> symbolProbes = new LinkedHashMap<>();
            for (DblLibrary lib : libraries(staging.resolve(name + ".kicad_dbl"))) {
                readParts(staging.resolve(name + ".sqlite"), lib, nickname, parts, symbolProbes);
            }
            List<ProbeSymbol> probes = new ArrayList<>();
            parts.stream().filter(p -> !p.unusableName()).map(Part::part).forEach(probes::add);
            probes.addAll(symbolProbes.values());
            Checks checks = new Checks(project);
            checks.run(probes);
            Map<String, Integer> alonePerTable = new java.util.HashMap<>();
            int alone = 0;
            for (Part p : parts) {
                if (p.unusableName() && alone < MAX_ALONE && alonePerTable.merge(p.table(), 1, Integer::sum) <= MAX_ALONE_PER_TABLE) {
                    alone++;
                    checks.sheet(List.of(p.part()));
                }
            }
            // a sample of each library through the .kicad_dbl itself, with its fields (the bulk used a copy without)
            Map<String, ProbeSymbol> fullChecks = new LinkedHashMap<>();
            Map<String, Integer> perLibrary = new java.util.HashMap<>();
            for (Part p : parts) {
                if (!p.unusableName() && perLibrary.merge(p.library(), 1, Integer::sum) <= FULL_CHECKS_PER_LIBRARY) {
                    fullChecks.put(p.part().id(), new ProbeSymbol(UUID.randomUUID().toString(),
                            ProbeProject.FULL_DATABASE_NICKNAME + p.part().libId().substring(nickname.length()), ""));
                }
            }
            checks.run(List.copyOf(fullChecks.values()));
            SymbolPins pins = new SymbolPins(project);
            List<Finding> findings = new ArrayList<>();
            long loaded = 0;
            for (Part part : parts) {
                List<Finding> own = judge(part, symbolProbes.get(part.symbol()), checks.answers, pins);
                ProbeSymbol full = fullChecks.get(part.part().id());
                ErcReport.Answer light = checks.answers.get(part.part().id());
                ErcReport.Answer whole = full == null ? null : checks.answers.get(full.id());
                if (whole != null && light != null && light.loaded() && !whole.loaded()) {
                    own = new ArrayList<>(own);
                    own.add(finding(part, Problem.PART_NOT_FOUND, "KiCad loads it from the .kicad_dbl without its fields, "
                            + "but not with them: " + whole.symbolIssue().orElse("no answer")));
                }
                findings.addAll(own);
                loaded += own.isEmpty() ? 1 : 0;
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            LOG.info("KiCad {} loaded {} of {} parts ({} probes, {} ERC runs, {} ms)", cli.version(), loaded, parts.size(),
                    probes.size(), checks.runs, took.toMillis());
            return new KicadVerification(cli.version(), parts.size(), loaded, findings, checks.runs, took);
        } catch (IOException e) {
            throw MigrationException.failure("verify_with_kicad: cannot run KiCad's checks on " + staging + ": " + e
                    + ". The migration itself was complete; nothing was published. Run without verify_with_kicad to get it.", e);
        } catch (SQLException e) {
            throw MigrationException.failure("verify_with_kicad: cannot read the written database: " + e.getMessage()
                    + ". Nothing was published.", e);
        }
    }

    private List<Finding> judge(Part part, ProbeSymbol symbolProbe, Map<String, ErcReport.Answer> answers, SymbolPins pins)
            throws IOException {
        List<Finding> out = new ArrayList<>();
        ErcReport.Answer symbol = symbolProbe == null ? null : answers.get(symbolProbe.id());
        boolean symbolReported = false;
        ErcReport.Answer db = answers.get(part.part().id());
        if (part.unusableName() && (db == null || db.symbolIssue().filter(i -> i.startsWith(UNLOADABLE_SHEET)).isPresent())) {
            String which = UNUSABLE.matcher(part.library()).find()
                    ? "the library name '" + part.library() + "' contains " + describe(part.library())
                    : "the key contains " + describe(part.key());
            out.add(finding(part, Problem.NAME_UNUSABLE, "KiCad cannot use the part's name: " + which
                    + (db == null ? " (like the parts of this kind KiCad was asked about, not tried itself)"
                    : "; " + db.symbolIssue().get())));
        } else {
            if (db == null || !db.answered()) {
                out.add(finding(part, Problem.NO_ANSWER, "kicad-cli sch erc did not report " + part.part().libId()
                        + ", even on a sheet of its own"));
            } else if (db.symbolIssue().isPresent()) {
                String issue = db.symbolIssue().get();
                if (issue.startsWith(UNLOADABLE_SHEET)) {
                    out.add(finding(part, Problem.NAME_UNUSABLE, "KiCad cannot use the part's name " + part.part().libId()
                            + ": " + issue));
                } else if (libraryMissing(issue)) {
                    out.add(finding(part, Problem.DATABASE_LIBRARY_MISSING, issue));
                } else if (part.symbol().isEmpty()) {
                    out.add(finding(part, Problem.NO_SYMBOL, issue + ": the part has no symbol"));
                } else if (symbol != null && symbol.symbolIssue().isPresent()) {
                    out.add(symbolFinding(part, symbol.symbolIssue().get(), false));
                    symbolReported = true;
                } else {
                    out.add(finding(part, Problem.PART_NOT_FOUND, issue + ": KiCad finds no row with this key in table '"
                            + part.table() + "' through ODBC (is ${CWD} in the .kicad_dbl's connection string, and the"
                            + " ODBC driver it names installed?)"));
                }
            }
            if (db != null && db.footprintIssue().isPresent()) {
                String issue = db.footprintIssue().get();
                out.add(finding(part, issue.contains("does not include the footprint library")
                        ? Problem.FOOTPRINT_LIBRARY_MISSING : Problem.FOOTPRINT_NOT_FOUND, issue));
            }
        }
        if (!part.symbol().isEmpty() && !symbolReported) {
            if (symbol == null || !symbol.answered()) {
                if (symbolProbe == null) {
                    out.add(finding(part, Problem.SYMBOL_NOT_FOUND, part.symbol().indexOf(':') <= 0
                            ? "the symbol '" + part.symbol() + "' names no library (KiCad needs Nickname:Name)"
                            : "KiCad cannot use the symbol name '" + part.symbol() + "' (it contains "
                            + describe(part.symbol().substring(part.symbol().indexOf(':') + 1)) + ")"));
                } else {
                    out.add(finding(part, Problem.NO_ANSWER, "kicad-cli sch erc did not report the symbol "
                            + part.symbol() + ", even on a sheet of its own"));
                }
            } else if (symbol.symbolIssue().isPresent()) {
                out.add(symbolFinding(part, symbol.symbolIssue().get(), true));
            } else {
                OptionalInt count = pins.pins(part.symbol());
                if (count.isPresent() && count.getAsInt() == 0) {
                    out.add(finding(part, Problem.SYMBOL_WITHOUT_PINS, "KiCad loads " + part.symbol()
                            + " with no pins (as kicad-cli sym upgrade of its library shows)"));
                }
            }
        }
        return out;
    }

    private static Finding symbolFinding(Part part, String issue, boolean partLoads) {
        if (libraryMissing(issue)) {
            return finding(part, Problem.SYMBOL_LIBRARY_MISSING, issue);
        }
        return finding(part, Problem.SYMBOL_NOT_FOUND, issue + (partLoads && part.part() != null
                ? " (the database part loads with an empty symbol: no pins, no error in KiCad)" : ""));
    }

    private static boolean libraryMissing(String issue) {
        return issue.contains("does not include the symbol library") || issue.contains("was not found at")
                || issue.contains("not enabled");
    }

    private static Finding finding(Part part, Problem problem, String detail) {
        return new Finding(part.table(), part.key(), problem, detail);
    }

    private static String describe(String text) {
        java.util.regex.Matcher m = UNUSABLE.matcher(text);
        if (!m.find()) {
            return "no unusable character";
        }
        return switch (m.group()) {
            case "\t" -> "a tab";
            case "\n", "\r" -> "a line break";
            default -> "'" + m.group() + "'";
        };
    }

    /** Runs ERC on batches of probes in parallel, re-checks unanswered ones, and collects the answers. */
    private final class Checks {
        private final ProbeProject project;
        private final Map<String, ErcReport.Answer> answers = new ConcurrentHashMap<>();
        private volatile int runs;
        /** Sheets KiCad could not load; past {@link #MAX_FAILED_SHEETS} something other than a probe is wrong. */
        private int failedSheets;

        Checks(ProbeProject project) {
            this.project = project;
        }

        void run(List<ProbeSymbol> probes) throws IOException {
            List<ProbeSymbol> open = probes;
            int size = SHEET_SIZE;
            for (int round = 0; round <= RECHECK_ROUNDS && !open.isEmpty(); round++) {
                if (round > 0) {
                    LOG.info("kicad-cli sch erc left out {} probes; checking them again on fresh sheets", open.size());
                }
                runSheets(open, size);
                open = open.stream().filter(p -> answers.get(p.id()) == null || !answers.get(p.id()).answered()).toList();
                size = RECHECK_SIZE;
            }
        }

        private void runSheets(List<ProbeSymbol> probes, int size) throws IOException {
            int workers = Math.max(1, Math.min(config.effectiveWorkers(), Runtime.getRuntime().availableProcessors()));
            List<List<ProbeSymbol>> sheets = new ArrayList<>();
            for (int i = 0; i < probes.size(); i += size) {
                sheets.add(probes.subList(i, Math.min(probes.size(), i + size)));
            }
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, Math.max(1, sheets.size())), r -> {
                Thread t = new Thread(r, "kicad-verify");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> done = new ArrayList<>();
                for (List<ProbeSymbol> sheet : sheets) {
                    done.add(pool.submit(() -> {
                        sheet(sheet);
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }

        private synchronized boolean tooManyFailures() {
            return ++failedSheets > MAX_FAILED_SHEETS;
        }

        /** One sheet; one KiCad cannot load is split in two until the probe that stops it is alone. */
        void sheet(List<ProbeSymbol> probes) throws IOException {
            StringBuilder failure = new StringBuilder();
            Optional<ErcReport> report = project.erc(probes, failure);
            synchronized (this) {
                runs++;
            }
            if (report.isPresent()) {
                for (ProbeSymbol p : probes) {
                    report.get().answer(p.id()).ifPresent(a -> answers.put(p.id(), a));
                }
            } else if (tooManyFailures()) {
                throw new IOException("kicad-cli could not load " + MAX_FAILED_SHEETS + " probe schematics; it said: "
                        + failure.toString().strip());
            } else if (probes.size() == 1) {
                String why = failure.toString().lines().filter(l -> !l.isBlank()).findFirst().orElse("no output");
                answers.put(probes.get(0).id(), new ErcReport.Answer(false,
                        Optional.of(UNLOADABLE_SHEET + " (kicad-cli: " + why + ")"), Optional.empty()));
            } else {
                int half = probes.size() / 2;
                sheet(probes.subList(0, half));
                sheet(probes.subList(half, probes.size()));
            }
        }
    }

    /** Sheets that may fail to load (each bad key costs about log2(sheet size) of them) before the step gives up. */
    static final int MAX_FAILED_SHEETS = 200;

    private static String databaseNickname(Path staging, String name) throws IOException {
        String file = name + ".kicad_dbl";
        for (LibTableEntry row : LibTableReader.read(staging.resolve("sym-lib-table"))) {
            if (row.type().equalsIgnoreCase("Database") && row.uri().replace('\\', '/').endsWith("/" + file)) {
                return row.name();
            }
        }
        return name;
    }

    private static List<DblLibrary> libraries(Path dbl) throws IOException {
        List<DblLibrary> out = new ArrayList<>();
        JsonNode root = JSON.readTree(dbl.toFile());
        for (JsonNode lib : root.path("libraries")) {
            out.add(new DblLibrary(lib.path("name").asText(), lib.path("table").asText(), lib.path("key").asText(),
                    lib.path("symbols").asText(), lib.path("footprints").asText()));
        }
        return out;
    }

    private static void readParts(Path database, DblLibrary lib, String nickname, List<Part> parts,
                                  Map<String, ProbeSymbol> symbolProbes) throws SQLException {
        if (!Files.isRegularFile(database)) {
            throw new SQLException(database + " does not exist");
        }
        String sql = "SELECT " + SqlIdentifier.quote(lib.key()) + ", " + SqlIdentifier.quote(lib.symbols()) + ", "
                + SqlIdentifier.quote(lib.footprints()) + " FROM " + SqlIdentifier.quote(lib.table());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                String key = rows.getString(1) == null ? "" : rows.getString(1); // exactly as KiCad will look it up
                String symbol = text(rows.getString(2));
                String footprints = text(rows.getString(3));
                String footprint = footprints.isEmpty() ? "" : footprints.split(";", -1)[0].strip();
                ProbeSymbol part = new ProbeSymbol(UUID.randomUUID().toString(), nickname + ":" + lib.name() + "/" + key,
                        footprint);
                if (!symbol.isEmpty() && !symbolProbes.containsKey(symbol)) {
                    int colon = symbol.indexOf(':');
                    if (colon > 0 && !UNUSABLE.matcher(symbol.substring(colon + 1)).find()) {
                        symbolProbes.put(symbol, new ProbeSymbol(UUID.randomUUID().toString(), symbol, ""));
                    }
                }
                parts.add(new Part(lib.table(), lib.name(), key, symbol, footprint, part,
                        UNUSABLE.matcher(lib.name() + "/" + key).find()));
            }
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
