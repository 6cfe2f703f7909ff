package io.github.altium2kicad.jmh;

import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.dblib.TableDescriptor;
import io.github.altium2kicad.api.mapping.AltiumLibraryCatalog;
import io.github.altium2kicad.api.mapping.MappingContext;
import io.github.altium2kicad.api.mapping.MappingInput;
import io.github.altium2kicad.api.mapping.MappingRule;
import io.github.altium2kicad.api.source.ComponentRecord;
import io.github.altium2kicad.api.source.RecordCursor;
import io.github.altium2kicad.api.source.SourceReader;
import io.github.altium2kicad.api.source.TableSchema;
import io.github.altium2kicad.core.dblib.DbLibParser;
import io.github.altium2kicad.core.mapping.AltiumFileLocator;
import io.github.altium2kicad.core.mapping.AltiumLibraries;
import io.github.altium2kicad.core.mapping.ColumnRoles;
import io.github.altium2kicad.core.mapping.MappingChain;
import io.github.altium2kicad.core.mapping.MappingInputFactory;
import io.github.altium2kicad.core.mapping.PreserveRule;
import io.github.altium2kicad.core.internal.source.SourceLocator;
import io.github.altium2kicad.core.internal.source.SourceReaders;
import io.github.altium2kicad.core.internal.writer.KicadTablePlan;
import io.github.altium2kicad.testkit.GeneratedLibrary;
import io.github.altium2kicad.testkit.SyntheticLibraryGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The first {@value #ROWS} rows of the first table of a generated 20,000-part library, read through the engine's own
 * reader, with what the hot paths need around them (column roles, library catalog, mapping context, table plan),
 * built as {@link io.github.altium2kicad.core.OptimizedMigrationEngine} builds them. Shared by the micro-benchmarks.
 */
@State(Scope.Benchmark)
public class SampleTable {

    /** Rows held in memory; a power of two so benchmarks cycle through them with a mask. */
    public static final int ROWS = 4096;

    /** Parts in the generated library the rows come from. */
    static final long LIBRARY_PARTS = 20_000;

    MigrationConfig config;
    TableDescriptor table;
    TableSchema schema;
    ColumnRoles roles;
    MappingContext context;
    KicadTablePlan plan;
    ComponentRecord[] rows;

    @Setup(Level.Trial)
    public void load() {
        GeneratedLibrary library = BenchmarkLibraries.obtain(SyntheticLibraryGenerator.ofParts(LIBRARY_PARTS));
        LibraryDescriptor descriptor = new DbLibParser().parse(library.dbLib());
        config = MigrationConfig.defaults();
        table = descriptor.enabledTables().get(0);
        try (SourceReader reader = SourceReaders.discover().open(new SourceLocator().locate(descriptor, Optional.empty()), descriptor)) {
            schema = reader.schema(table);
            roles = ColumnRoles.of(table, schema);
            List<Integer> footprintPaths = roles.footprints().stream().map(ColumnRoles.FootprintColumns::path)
                    .filter(i -> i >= 0).toList();
            AltiumLibraries catalog = AltiumLibraries.build(reader.distinctValues(schema, List.of(roles.libraryPath())),
                    reader.distinctValues(schema, footprintPaths), new AltiumFileLocator(descriptor));
            context = new MappingContext() {
                @Override
                public MigrationConfig config() {
                    return config;
                }

                @Override
                public AltiumLibraryCatalog altiumLibraries() {
                    return catalog;
                }
            };
            List<ComponentRecord> read = new ArrayList<>(ROWS);
            try (RecordCursor cursor = reader.open(schema)) {
                for (ComponentRecord row = cursor.next(); row != null && read.size() < ROWS; row = cursor.next()) {
                    read.add(row);
                }
            }
            if (read.size() < ROWS) {
                throw new IllegalStateException("table '" + table.tableName() + "' has only " + read.size() + " rows, need " + ROWS);
            }
            rows = read.toArray(ComponentRecord[]::new);
        }
        String key = schema.column(table.keyColumn().orElse("Part Number")).orElseThrow();
        plan = KicadTablePlan.of(table, schema, roles, key, table.tableName(), table.tableName(), config);
    }

    /** The engine's rule chain: the preserve rule alone (no user rules), memoized or not. */
    MappingChain chain(boolean memoize) {
        List<MappingRule> rules = List.of(new PreserveRule());
        return new MappingChain(rules, context, memoize);
    }

    /** The mapping input factory of this table for {@code chain}'s attribute columns. */
    MappingInputFactory inputFactory(MappingChain chain) {
        return new MappingInputFactory(table.tableName(), schema, roles, chain.attributeColumns());
    }

    /** The mapping inputs of all rows, in row order. */
    MappingInput[] inputs() {
        MappingInputFactory factory = inputFactory(chain(false));
        MappingInput[] inputs = new MappingInput[ROWS];
        for (int i = 0; i < ROWS; i++) {
            inputs[i] = factory.inputOf(rows[i]);
        }
        return inputs;
    }
}
