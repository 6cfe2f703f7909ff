package io.github.altium2kicad.testkit.company;

import io.github.altium2kicad.testkit.altium.ComposedLibrary;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ground truth of a generated company library: every fact known by construction, for tests to compare a
 * migration (and KiCad) against. Also written as {@code ground-truth.tsv} (one line per part) and
 * {@code ground-truth-tables.tsv} beside the DbLibs.
 *
 * @param folder        the library folder
 * @param dbLibs        the DbLibs
 * @param tables        every {@code [TableN]} of every DbLib
 * @param parts         every part (rows of present tables)
 * @param libraryFiles  the {@code .SchLib}/{@code .PcbLib} files written, by path relative to the folder
 * @param missingFiles  library files rows reference that were not written, relative to the folder
 * @param labels        what the labeled parts physically are and the KiCad standard mapping that fits
 *                      ({@code ground-truth-mapping.tsv}), from the generator's catalog facts
 */
public record CompanyLibraryFacts(Path folder, List<DbLibFact> dbLibs, List<TableFact> tables, List<PartFact> parts,
                                  Map<String, ComposedLibrary> libraryFiles, Set<String> missingFiles,
                                  List<MappingLabel> labels) {

    public CompanyLibraryFacts {
        dbLibs = List.copyOf(dbLibs);
        tables = List.copyOf(tables);
        parts = List.copyOf(parts);
        libraryFiles = Map.copyOf(libraryFiles);
        missingFiles = Set.copyOf(missingFiles);
        labels = List.copyOf(labels);
    }

    /** The parts of one DbLib (by file name). */
    public List<PartFact> partsOf(String dbLib) {
        return parts.stream().filter(p -> p.dbLib().equals(dbLib)).toList();
    }
}
