package io.github.altium2kicad.examples.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates the bundled sample Altium database library: {@code Sample.DbLib}, {@code Sample.sqlite},
 * {@code expected-kicad-mapping.csv}, {@code README.md} and the {@code .SchLib}/{@code .PcbLib} files the rows point at
 * (under {@code Symbols/} and {@code Footprints/}). Deterministic: a fixed seed, no timestamps, the same
 * files on every run.
 *
 * <pre>{@code mvn -B -q -pl examples -am package -DskipTests -Dsample.regenerate}</pre>
 */
public final class SampleLibraryGenerator {

    /** The random seed of every table (each table derives its own generator from it and its name). */
    public static final long SEED = 20_240_611L;
    public static final String DBLIB_FILE = "Sample.DbLib";
    public static final String DATABASE_FILE = "Sample.sqlite";
    public static final String MAPPING_FILE = "expected-kicad-mapping.csv";
    public static final String README_FILE = "README.md";
    /** The table Altium last showed ({@code LastFocusedTable}). */
    static final String LAST_FOCUSED_TABLE = ResistorCatalog.TABLE;

    private static final Logger LOG = LoggerFactory.getLogger(SampleLibraryGenerator.class);

    private SampleLibraryGenerator() {
    }

    /** Writes the sample files into the folder (created if missing), replacing older ones. */
    public static void generate(Path folder) {
        SampleLibrary library = build();
        try {
            Files.createDirectories(folder);
            SampleDatabaseWriter.write(library.tables(), folder.resolve(DATABASE_FILE));
            DbLibWriter.write(library.tables(), DATABASE_FILE, LAST_FOCUSED_TABLE, folder.resolve(DBLIB_FILE));
            ExpectedMappingCsvWriter.write(library.tables(), folder.resolve(MAPPING_FILE));
            SampleReadmeWriter.write(library, folder.resolve(README_FILE));
            SampleAltiumLibraries.write(library.tables(), folder);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the sample library into " + folder + ": " + e.getMessage(), e);
        }
        LOG.info("Sample library written to {}: {} parts in {} enabled tables, {} planted key defects",
                folder, library.enabledPartCount(), library.enabledTables().size(), library.plantedDefects().size());
    }

    /** The sample library in memory: every table in DbLib order, with what each part is. */
    public static SampleLibrary build() {
        List<SampleTable> tables = new ArrayList<>();
        tables.add(build(ResistorCatalog.TABLE, ResistorCatalog::table));
        tables.add(build(CapacitorCatalog.TABLE, CapacitorCatalog::table));
        tables.add(build(InductorCatalog.TABLE, InductorCatalog::table));
        tables.add(build(FerriteBeadCatalog.TABLE, FerriteBeadCatalog::table));
        tables.add(build(DiodeCatalog.TABLE, DiodeCatalog::table));
        tables.add(build(ProtectionDiodeCatalog.TABLE, ProtectionDiodeCatalog::table));
        tables.add(build(LedCatalog.TABLE, LedCatalog::table));
        tables.add(build(TransistorCatalog.TABLE, TransistorCatalog::table));
        tables.add(build(IntegratedCircuitCatalog.TABLE, IntegratedCircuitCatalog::table));
        tables.add(build(ConnectorCatalog.TABLE, ConnectorCatalog::table));
        tables.add(build(CrystalCatalog.TABLE, CrystalCatalog::table));
        SampleTable obsolete = build(ObsoletePartCatalog.TABLE, ObsoletePartCatalog::table);
        tables.add(new SampleTable(obsolete.name(), false, "", obsolete.columns(), obsolete.parts()));

        // Altium lists the tables as the database reports them: by name
        tables.sort(Comparator.comparing(SampleTable::name, String.CASE_INSENSITIVE_ORDER));
        SampleTable first = tables.get(0);
        tables.set(0, new SampleTable(first.name(), first.enabled(), DbLibWriter.USER_WHERE_TEXT, first.columns(),
                first.parts()));

        List<SampleTable> planted = KeyDefectPlanter.plant(tables);
        return new SampleLibrary(planted, KeyAudit.scan(planted));
    }

    private static SampleTable build(String name, Function<Random, SampleTable> catalog) {
        return catalog.apply(new Random(SEED + name.hashCode()));
    }

    /** Generates the sample into the folder given as the only argument. */
    public static void main(String[] args) {
        if (args.length != 1) {
            LOG.error("usage: SampleLibraryGenerator <output folder>   (the committed sample is examples/sample)");
            System.exit(2);
        }
        generate(Path.of(args[0]));
    }
}
