package io.github.altium2kicad.core.internal.nativelib;

import io.github.altium2kicad.api.ConfigKey;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.MigrationWarning;
import io.github.altium2kicad.api.NativeLibraries;
import io.github.altium2kicad.api.progress.ProgressListener;
import io.github.altium2kicad.core.WarningDigest;
import io.github.altium2kicad.core.altium.AltiumLibraryContents;
import io.github.altium2kicad.core.mapping.AltiumLibraries;
import io.github.altium2kicad.core.internal.output.DiskFull;
import io.github.altium2kicad.core.internal.output.OutputFolder;
import io.github.altium2kicad.core.verify.KicadCli;
import io.github.altium2kicad.core.internal.writer.KicadSqliteWriter;
import io.github.altium2kicad.core.internal.writer.NativeLibraryRows;
import io.github.altium2kicad.core.internal.writer.OutputTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code native_libraries} stage: after the rows are written, converts every Altium {@code .SchLib}/{@code .PcbLib}
 * a written part references into a native KiCad library in the output folder ({@code symbols/<nickname>.kicad_sym},
 * {@code footprints/<nickname>.pretty}) with KiCad's own importer, on {@code max_workers} processes at once, then
 * points the symbol and footprints columns at the names read back from the converted files.
 *
 * <p>A part whose name is not in its converted library (KiCad's converter dropped it, or wrote another footprint of
 * the same file name over it) keeps its Altium library, listed in the lib tables under a second nickname, with a
 * warning. A file that fails to convert is reported and its parts keep the Altium library; more such parts than
 * {@code max_part_errors} stop the run. With {@code --incremental} a file whose size and time (or content) have not
 * changed since the previous run's {@link NativeLibraryManifest manifest} is not converted again. Everything is
 * written into the staging folder, so it is published with the rest of the output or not at all.
 */
public final class NativeLibraryStage {

    /** The step's name in progress reports. */
    public static final String STEP = "Converting libraries";
    private static final Logger LOG = LoggerFactory.getLogger(NativeLibraryStage.class);
    private static final String SCRATCH = ".altium2kicad-native";

    private final KicadCliLibraryConverter converter;
    private final int workers;
    private final int maxPartErrors;

    private NativeLibraryStage(KicadCliLibraryConverter converter, int workers, int maxPartErrors) {
        this.converter = converter;
        this.workers = Math.max(1, workers);
        this.maxPartErrors = maxPartErrors;
    }

    /**
     * The stage {@code config} asks for: none when {@code native_libraries} is {@code off}; else with the
     * {@code kicad-cli} of the {@code kicad_cli} setting, {@code $KICAD_CLI} or the PATH.
     *
     * @throws MigrationException (bad input) when kicad-cli is missing, cannot run, or is older than KiCad 9
     */
    public static Optional<NativeLibraryStage> forConfig(MigrationConfig config, Map<String, String> environment) {
        if (config.nativeLibraries() == NativeLibraries.OFF) {
            return Optional.empty();
        }
        KicadCli cli = KicadCli.locate(config.kicadCli(), environment, ConfigKey.NATIVE_LIBRARIES.yamlName() + " is "
                + NativeLibraries.KICAD_CLI.configName(), "set " + ConfigKey.NATIVE_LIBRARIES.yamlName() + " to off");
        return Optional.of(new NativeLibraryStage(new KicadCliLibraryConverter(cli), config.effectiveWorkers(),
                config.maxPartErrors()));
    }

    /**
     * What the stage did: the libraries the lib tables list as native, and the warnings (failed files, names kept on
     * the Altium library, 3D models dropped).
     */
    public record Outcome(NativeLibraryRows rows, List<MigrationWarning> warnings) {
        public Outcome {
            warnings = List.copyOf(warnings);
        }
    }

    /** A used library file to convert. */
    private record Job(NativeLibraryKind kind, AltiumLibraries.Library library) {
        String output() {
            return kind.relativePath(library.nickname());
        }
    }

    /** A job's conversion and, when usable, the names read back. */
    private record Done(Job job, LibraryConversion conversion, ConvertedNames names) {
    }

    /**
     * Converts the libraries the rows of {@code tables} reference and rewrites their symbol and footprints columns.
     *
     * @param writer      the open database the rows were written to
     * @param catalog     the Altium libraries of the run, with their nicknames
     * @param staging     the output folder being written
     * @param incremental whether {@code staging} holds the previous output, whose conversions may be reused
     * @param progress    told of the step ({@link #STEP}) and of each file done
     */
    public Outcome run(KicadSqliteWriter writer, List<OutputTable> tables, AltiumLibraries catalog, Path staging,
                       boolean incremental, List<ProgressListener> progress) {
        Map<String, KicadSqliteWriter.ColumnValue> symbols = writer.distinctLibraryReferences(tables, false);
        Map<String, KicadSqliteWriter.ColumnValue> footprints = writer.distinctLibraryReferences(tables, true);
        List<Job> jobs = new ArrayList<>();
        jobs(NativeLibraryKind.SYMBOLS, catalog.symbolLibraries(), nicknames(symbols.keySet()), jobs);
        jobs(NativeLibraryKind.FOOTPRINTS, catalog.footprintLibraries(), nicknames(footprints.keySet()), jobs);
        List<LibraryConversion> previous = incremental ? NativeLibraryManifest.read(staging) : List.of();
        List<Done> done = convertAll(jobs, previous, staging, progress);
        removeStale(previous, done, staging);

        List<MigrationWarning> warnings = new ArrayList<>();
        Map<String, Done> symbolLibraries = byNickname(done, NativeLibraryKind.SYMBOLS);
        Map<String, Done> footprintLibraries = byNickname(done, NativeLibraryKind.FOOTPRINTS);
        checkBudget(done, symbols, footprints);
        Fallbacks symbolFallbacks = new Fallbacks(catalog.symbolLibraries());
        Fallbacks footprintFallbacks = new Fallbacks(catalog.footprintLibraries());
        Map<String, Kept> kept = new LinkedHashMap<>();
        Map<String, String> symbolChanges = new LinkedHashMap<>();
        Map<String, String> symbolIds = new HashMap<>(); // rewritten id -> the Altium id it replaced
        symbols.forEach((value, seen) -> rewrite(value, seen, symbolLibraries, symbolFallbacks, catalog, kept)
                .ifPresent(v -> {
                    symbolChanges.put(value, v);
                    symbolIds.put(v, value);
                }));
        Map<String, String> footprintIds = new HashMap<>();
        Map<String, String> footprintChanges = new LinkedHashMap<>();
        footprints.forEach((value, seen) -> {
            List<String> ids = new ArrayList<>();
            boolean changed = false;
            for (String id : value.split(";", -1)) {
                Optional<String> rewritten = rewrite(id, seen, footprintLibraries, footprintFallbacks, catalog, kept);
                changed |= rewritten.isPresent();
                ids.add(rewritten.orElse(id));
                rewritten.ifPresent(r -> footprintIds.put(r, id));
            }
            if (changed) {
                footprintChanges.put(value, String.join(";", ids));
            }
        });
        long rows = writer.replaceLibraryReferences(tables, false, symbolChanges)
                + writer.replaceLibraryReferences(tables, true, footprintChanges);
        kept.values().forEach(k -> warnings.add(k.warning()));
        for (Done d : done) {
            LibraryConversion c = d.conversion();
            if (!c.usable()) {
                warnings.add(new MigrationWarning(MigrationWarning.Kind.NATIVE_CONVERSION_FAILED, c.source() + " ("
                        + c.kind().item() + " library '" + c.nickname() + "'): " + c.failure() + "; its parts keep the "
                        + "Altium library"));
            } else if (c.modelsNotFound() > 0) {
                warnings.add(new MigrationWarning(MigrationWarning.Kind.NATIVE_MODELS_DROPPED, c.source() + ": KiCad's "
                        + "converter dropped " + c.modelsNotFound() + " 3D model reference(s) whose model is not embedded "
                        + "in the file; " + c.output() + " keeps " + c.modelsKept() + " model(s)"));
            }
        }
        try {
            NativeLibraryManifest.write(staging, done.stream().map(Done::conversion).toList());
        } catch (IOException e) {
            Path file = staging.resolve(NativeLibraryManifest.FILE_NAME);
            throw DiskFull.causes(e) ? DiskFull.failure(file, e) : MigrationException.failure("Cannot write " + file + ": " + e, e);
        }
        long converted = done.stream().filter(d -> d.conversion().status() == LibraryConversion.Status.CONVERTED).count();
        long reused = done.stream().filter(d -> d.conversion().status() == LibraryConversion.Status.REUSED).count();
        LOG.info("Native libraries: {} of {} used library files converted, {} reused from the previous output, {} failed; "
                + "{} rows rewritten to them", converted, done.size(), reused, done.size() - converted - reused, rows);
        WarningDigest.lines(warnings).forEach(line -> LOG.warn("{}", line)); // each kind once, as the run's other warnings
        return new Outcome(new NativeLibraryRows(rows(symbolLibraries, symbolFallbacks), rows(footprintLibraries,
                footprintFallbacks), symbolIds, footprintIds), warnings);
    }

    /** The nicknames {@code lib:name} values (or {@code ;}-separated lists of them) use. */
    private static Set<String> nicknames(Set<String> values) {
        Set<String> out = new HashSet<>();
        for (String value : values) {
            for (String id : value.split(";")) {
                int colon = id.indexOf(':');
                if (colon > 0) {
                    out.add(id.substring(0, colon));
                }
            }
        }
        return out;
    }

    private static void jobs(NativeLibraryKind kind, List<AltiumLibraries.Library> libraries, Set<String> used, List<Job> out) {
        for (AltiumLibraries.Library lib : libraries) {
            if (lib.found() && used.contains(lib.nickname()) && kind.converts(AltiumLibraryContents.kindOf(lib.file()))) {
                out.add(new Job(kind, lib));
            }
        }
    }

    private List<Done> convertAll(List<Job> jobs, List<LibraryConversion> previous, Path staging,
                                  List<ProgressListener> progress) {
        progress.forEach(l -> l.stepStarted(STEP, jobs.size()));
        Path scratch = staging.resolve(SCRATCH);
        AtomicInteger finished = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, Math.max(1, jobs.size())), r -> {
            Thread t = new Thread(r, "altium2kicad-native-" + UUID.randomUUID().toString().substring(0, 8));
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Done>> futures = new ArrayList<>();
            for (Job job : jobs) {
                futures.add(pool.submit(() -> {
                    Done d = convert(job, previous, staging, scratch);
                    int n = finished.incrementAndGet();
                    progress.forEach(l -> l.stepProgress(STEP, n, jobs.size()));
                    return d;
                }));
            }
            List<Done> done = new ArrayList<>();
            for (Future<Done> f : futures) {
                done.add(f.get());
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw MigrationException.failure("Interrupted while converting the Altium libraries", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof MigrationException m) {
                throw m;
            }
            throw MigrationException.failure("Converting the Altium libraries failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
            deleteQuietly(scratch);
            progress.forEach(l -> l.stepFinished(STEP));
        }
    }

    /** Converts one file, or reuses its previous conversion, and reads the names back. */
    private Done convert(Job job, List<LibraryConversion> previous, Path staging, Path scratch) {
        Path source = job.library().file();
        Path destination = staging.resolve(job.output());
        for (LibraryConversion before : previous) {
            if (before.kind() == job.kind() && before.source().equals(source) && before.usable()
                    && before.converter().equals(converter.version())) {
                Path old = staging.resolve(before.output());
                try {
                    if (Files.exists(old) && before.fingerprint().matches(source)) {
                        if (!old.equals(destination)) {
                            Files.createDirectories(destination.getParent());
                            OutputFolder.deleteRecursively(destination);
                            Files.move(old, destination);
                        }
                        SourceFingerprint now = new SourceFingerprint(before.fingerprint().size(),
                                Files.getLastModifiedTime(source).toMillis(), before.fingerprint().sha256());
                        return new Done(job, before.reused(job.library().nickname(), job.output(), now),
                                ConvertedNames.read(job.kind(), destination));
                    }
                } catch (IOException | UncheckedIOException e) {
                    LOG.warn("Cannot reuse {} ({}): converting {} again", old, e.toString(), source);
                }
            }
        }
        SourceFingerprint fingerprint;
        try {
            fingerprint = SourceFingerprint.of(source);
        } catch (IOException | UncheckedIOException e) {
            return failed(job, new SourceFingerprint(-1, -1, ""), 0, "cannot be read: " + e.getMessage(), 0);
        }
        long start = System.nanoTime();
        Path folder = scratch.resolve(UUID.randomUUID().toString());
        try {
            Files.createDirectories(folder);
            Path output = folder.resolve(job.kind().fileName(job.library().nickname()));
            KicadCliLibraryConverter.Outcome outcome = converter.convert(job.kind(), source, output, folder);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!outcome.converted()) {
                return failed(job, fingerprint, seconds, outcome.failure(), outcome.modelsNotFound());
            }
            ConvertedNames names = ConvertedNames.read(job.kind(), output);
            Files.createDirectories(destination.getParent());
            OutputFolder.deleteRecursively(destination);
            Files.move(output, destination, StandardCopyOption.ATOMIC_MOVE);
            LOG.debug("Converted {} into {} in {} s", source, job.output(), seconds);
            return new Done(job, new LibraryConversion(job.kind(), job.library().nickname(), source, job.output(),
                    fingerprint, converter.version(), LibraryConversion.Status.CONVERTED, seconds, names.size(),
                    names.models(), outcome.modelsNotFound(), ""), names);
        } catch (IOException | RuntimeException e) {
            if (e instanceof IOException io && DiskFull.causes(io)) {
                throw DiskFull.failure(destination, io);
            }
            return failed(job, fingerprint, (System.nanoTime() - start) / 1e9, "the converted library cannot be read: "
                    + e.getMessage(), 0);
        } finally {
            deleteQuietly(folder);
        }
    }

    private Done failed(Job job, SourceFingerprint fingerprint, double seconds, String why, int modelsNotFound) {
        LOG.debug("Cannot convert {}: {}", job.library().file(), why);
        return new Done(job, new LibraryConversion(job.kind(), job.library().nickname(), job.library().file(), job.output(),
                fingerprint, converter.version(), LibraryConversion.Status.FAILED, seconds, 0, 0, modelsNotFound, why), null);
    }

    /**
     * Deletes the converted libraries of the previous output that this run does not use: those of files no part uses
     * any more, and those of files whose conversion failed this time (their parts are on the Altium library now).
     */
    private static void removeStale(List<LibraryConversion> previous, List<Done> done, Path staging) {
        Set<String> kept = new HashSet<>();
        done.stream().filter(d -> d.conversion().usable()).forEach(d -> kept.add(d.conversion().output()));
        List<String> stale = new ArrayList<>();
        previous.forEach(before -> stale.add(before.output()));
        done.forEach(d -> stale.add(d.conversion().output()));
        for (String output : stale) {
            if (!kept.contains(output)) {
                deleteQuietly(staging.resolve(output));
            }
        }
    }

    private static Map<String, Done> byNickname(List<Done> done, NativeLibraryKind kind) {
        Map<String, Done> out = new HashMap<>();
        done.stream().filter(d -> d.job().kind() == kind).forEach(d -> out.put(d.job().library().nickname(), d));
        return out;
    }

    /**
     * The parts whose library failed to convert keep the Altium library; more of them than {@code max_part_errors}
     * stop the run, naming the files.
     */
    private void checkBudget(List<Done> done, Map<String, KicadSqliteWriter.ColumnValue> symbols,
                             Map<String, KicadSqliteWriter.ColumnValue> footprints) {
        List<Done> failed = done.stream().filter(d -> !d.conversion().usable()).toList();
        if (failed.isEmpty()) {
            return;
        }
        long parts = 0;
        for (Done d : failed) {
            Map<String, KicadSqliteWriter.ColumnValue> values = d.job().kind() == NativeLibraryKind.SYMBOLS ? symbols : footprints;
            String prefix = d.job().library().nickname() + ":";
            for (KicadSqliteWriter.ColumnValue v : values.values()) {
                for (String id : v.value().split(";")) {
                    if (id.startsWith(prefix)) {
                        parts += v.parts();
                        break;
                    }
                }
            }
        }
        if (parts > maxPartErrors) {
            String setting = ConfigKey.MAX_PART_ERRORS.yamlName();
            throw MigrationException.badInput("KiCad's converter failed on " + failed.size() + " of " + done.size()
                    + " library files, used by " + parts + " parts, more than " + setting + " (" + maxPartErrors + ") allows, "
                    + "so the output was not written (a previous output is left as it was): " + String.join("; ",
                    failed.stream().limit(5).map(d -> d.conversion().source() + ": " + d.conversion().failure()).toList())
                    + (failed.size() > 5 ? "; …" : "") + ". Fix or replace those files, raise " + setting + " (option "
                    + ConfigKey.MAX_PART_ERRORS.optionName() + ") to keep their parts on the Altium libraries, or set "
                    + ConfigKey.NATIVE_LIBRARIES.yamlName() + " to off.");
        }
    }

    /**
     * The native reference for one {@code lib:name} id, when it changes: the name KiCad lists in the converted library,
     * or, when that library does not hold it, the Altium library's fallback nickname (with a warning).
     */
    private static Optional<String> rewrite(String id, KicadSqliteWriter.ColumnValue seen, Map<String, Done> libraries,
                                            Fallbacks fallbacks, AltiumLibraries catalog, Map<String, Kept> kept) {
        int colon = id.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String nickname = id.substring(0, colon);
        String name = id.substring(colon + 1);
        Done library = libraries.get(nickname);
        if (library == null || library.names() == null) {
            return Optional.empty(); // not converted (a KiCad library, an unused or failed file): unchanged
        }
        Optional<String> found = library.names().find(name);
        if (found.isPresent()) {
            return found.get().equals(name) ? Optional.empty() : Optional.of(nickname + ":" + found.get());
        }
        String altium = fallbacks.nicknameFor(nickname) + ":" + name;
        boolean inAltiumFile = catalog.contents(library.job().library().file()).find(name) != AltiumLibraryContents.Lookup.MISSING;
        kept.merge(library.job().kind() + "\0" + id, new Kept(library, name, altium, inAltiumFile, seen),
                (a, b) -> new Kept(a.library(), a.name(), a.altium(), a.inAltiumFile(), new KicadSqliteWriter.ColumnValue(
                        a.seen().value(), a.seen().parts() + b.seen().parts(), a.seen().exampleTable(), a.seen().exampleKey())));
        return Optional.of(altium);
    }

    /** A name the converted library lacks, kept on the Altium library by the parts that use it. */
    private record Kept(Done library, String name, String altium, boolean inAltiumFile, KicadSqliteWriter.ColumnValue seen) {
        MigrationWarning warning() {
            String item = library.job().kind().item();
            String why = !inAltiumFile ? "the Altium file does not have it either: see the missing-name notice"
                    : library.job().kind() == NativeLibraryKind.FOOTPRINTS
                    ? "KiCad's converter dropped it, or wrote another footprint whose name gives the same file name over it"
                    : "KiCad's converter dropped it";
            return new MigrationWarning(MigrationWarning.Kind.NATIVE_NAME_KEPT_ALTIUM, item + " '" + name + "' of "
                    + library.job().library().file() + " is not in " + library.conversion().output() + " (" + why
                    + "); its " + seen.parts() + " part(s) (e.g. table '" + seen.exampleTable() + "', key '"
                    + seen.exampleKey() + "') keep the Altium library as '" + altium + "'");
        }
    }

    private static Map<String, NativeLibraryRows.Converted> rows(Map<String, Done> libraries, Fallbacks fallbacks) {
        Map<String, NativeLibraryRows.Converted> out = new HashMap<>();
        libraries.forEach((nickname, d) -> {
            if (d.conversion().usable()) {
                out.put(nickname, new NativeLibraryRows.Converted(d.conversion().output(), fallbacks.assigned(nickname)));
            }
        });
        return out;
    }

    /**
     * The second nicknames under which a converted library's Altium file stays listed, for the parts whose name the
     * converted library lacks: {@code <nickname>_Altium}, made unique among the run's nicknames.
     */
    private static final class Fallbacks {
        private final Set<String> taken = new HashSet<>();
        private final Map<String, String> assigned = new HashMap<>();

        Fallbacks(List<AltiumLibraries.Library> libraries) {
            libraries.forEach(l -> taken.add(l.nickname().toLowerCase(java.util.Locale.ROOT)));
        }

        synchronized String nicknameFor(String nickname) {
            return assigned.computeIfAbsent(nickname, n -> {
                String candidate = n + "_Altium";
                for (int i = 2; !taken.add(candidate.toLowerCase(java.util.Locale.ROOT)); i++) {
                    candidate = n + "_Altium_" + i;
                }
                return candidate;
            });
        }

        synchronized Optional<String> assigned(String nickname) {
            return Optional.ofNullable(assigned.get(nickname));
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            OutputFolder.deleteRecursively(path);
        } catch (IOException e) {
            LOG.debug("Cannot delete {}: {}", path, e.toString());
        }
    }
}
