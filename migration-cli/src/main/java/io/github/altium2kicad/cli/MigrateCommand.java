package io.github.altium2kicad.cli;

import io.github.altium2kicad.api.ConfigKey;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.core.OptimizedMigrationEngine;
import io.github.altium2kicad.api.output.OutputPublication;
import io.github.altium2kicad.core.config.MigrationConfigYaml;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code altium2kicad migrate}: runs a migration and prints a summary. */
@Command(name = "migrate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Migrates an Altium .DbLib (or .SVNDbLib) and the database it points at into a KiCad database library.",
            "",
            "Writes into the output folder, completely or not at all (<name>: --library-name):",
            "  <name>.kicad_dbl        the KiCad database library (add it as type Database)",
            "  <name>.sqlite           the parts, one table per Altium table",
            "  sym-lib-table           rows for the .kicad_dbl and the Altium symbol files",
            "  fp-lib-table            rows for the Altium footprint files",
            "  symbols/, footprints/   with --native-libraries kicad-cli: the used Altium files converted by KiCad",
            "                          (*.kicad_sym, *.pretty), which the lib tables then list instead",
            "  native-libraries.json   with --native-libraries kicad-cli: what was converted, reused or failed",
            "  migration-summary.json  counts, every issue and warning, settings, timings",
            "  report.html             the mapping report, parts to review (opens offline)",
            "  mapping-report.csv      the same parts for spreadsheets",
            "  mapping-report.json     the same parts for scripts",
            "  <name>-<server>.kicad_dbl  with --output-database: the library on the server",
            "",
            "Exit codes: 0 success, 1 failure, 2 bad input (nothing written), 3 completed with warnings: tables "
                + "skipped (absent, empty sheet), parts of the DbLib read leniently (repeated sections, …), or with "
                + "--native-libraries what KiCad's converter could not carry over (files, names, 3D models); the "
                + "console shows each kind once with a count and examples, migration-summary.json lists all.",
            "",
            "Settings come from the defaults, then --config FILE (YAML, keys under 'migration:'), then the "
                + "options below; every setting has the same name in all three places.",
            ""},
        footer = {"",
            "Example:",
            "  altium2kicad migrate Parts.DbLib -o kicad-parts",
            "  altium2kicad migrate Parts.DbLib -o kicad-parts -c migration.yaml --force",
            "  altium2kicad migrate Parts.DbLib -o kicad-parts --output-database jdbc:postgresql://db:5432/parts",
            "",
            "Then in KiCad: Preferences > Manage Symbol Libraries: add <output>/<name>.kicad_dbl",
            "(type Database), or merge the rows of the generated sym-lib-table and fp-lib-table."})
final class MigrateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DBLIB", description = "The Altium database library file (.DbLib or .SVNDbLib).")
    Path dbLib;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "Output folder to create. Must not exist or be empty, unless --force.")
    Path output;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "YAML config file with settings under 'migration:'.")
    Path configFile;

    @Option(names = {"-f", "--force"}, description = "Replace a non-empty output folder (only once the new output is complete).")
    boolean force;

    @Option(names = "--incremental", description = "Update an existing output: apply only new, changed and deleted parts "
            + "(by key) to its database and report them. The result equals a clean migration.")
    boolean incremental;

    @Option(names = "--no-progress", description = "Do not show the progress bar (it is shown only on a terminal anyway).")
    boolean noProgress;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors, warnings and, at the end, the path of the "
            + "written .kicad_dbl: no progress bar, no summary table (it stays in migration-summary.json). Exit codes "
            + "are the same.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Log what the migration does (to standard error).")
    boolean verbose;

    @Option(names = "--debug", hidden = true, description = "Log in detail.")
    boolean debug;

    @CommandLine.Spec
    CommandSpec spec;

    /** Adds one option per {@link ConfigKey}, named like the YAML key with dashes. */
    static void addConfigOptions(CommandSpec migrate) {
        for (ConfigKey key : ConfigKey.values()) {
            OptionSpec.Builder option = OptionSpec.builder(key.optionName())
                    .paramLabel(key.valueHint().contains("|") ? "<" + key.valueHint() + ">" : key.valueHint())
                    .description(key.description() + defaultText(key) + " (config: " + key.yamlName() + ")")
                    .type(String.class);
            if (key == ConfigKey.VERIFY_WITH_KICAD) {
                // --verify-with-kicad alone turns it on; picocli takes a following word only if it is true or false
                option.type(Boolean.class).arity("0..1").fallbackValue("true");
            }
            migrate.addOption(option.build());
        }
    }

    /**
     * " Default: X." with the setting's default, unless its description already says it. The options themselves have
     * no picocli default: an option not given must leave the value of --config in place.
     */
    private static String defaultText(ConfigKey key) {
        if (key.description().contains("(default")) {
            return "";
        }
        String value = MigrationConfig.defaults().asMap().get(key.yamlName());
        return " Default: " + (value.startsWith("(") && value.endsWith(")") ? value.substring(1, value.length() - 1) : value) + ".";
    }

    @Override
    public Integer call() {
        MigrationConfig config = config();
        PrintWriter out = spec.commandLine().getOut();
        boolean showProgress = !noProgress && !quiet && System.console() != null;
        MigrationRequest.Builder request = MigrationRequest.builder(dbLib).outputDirectory(output).config(config).overwrite(force)
                .incremental(incremental);
        MigrationResult result;
        try (ProgressBarListener progress = new ProgressBarListener(showProgress)) {
            request.listener(progress);
            result = new OptimizedMigrationEngine().migrateWithOptimization(request.build());
        }
        if (quiet) {
            printQuietly(result, out);
        } else {
            new SummaryTable(out).print(result);
        }
        printPublications(result, out);
        out.flush();
        return result.completedWithWarnings() ? Altium2KicadCommand.EXIT_WARNINGS : 0;
    }

    /**
     * For {@code --quiet}: on standard error the parts KiCad cannot load and the warning count (if any), on standard
     * output the .kicad_dbl path.
     */
    private void printQuietly(MigrationResult result, PrintWriter out) {
        PrintWriter err = spec.commandLine().getErr();
        List<String> problems = SummaryTable.loadProblems(result);
        problems.forEach(line -> err.println("warning: " + line));
        if (!problems.isEmpty()) {
            err.println("Every such part is listed in " + result.report() + ".");
        }
        if (result.completedWithWarnings()) {
            err.println("Completed with " + result.warnings().size() + " warnings (all of them in " + result.summaryFile()
                    + "): exit code " + Altium2KicadCommand.EXIT_WARNINGS + ".");
        }
        err.flush();
        out.println(result.kicadDbl());
    }

    /** What the engine published besides the output folder ({@code --output-database}). */
    private void printPublications(MigrationResult result, PrintWriter out) {
        for (OutputPublication publication : result.publications()) {
            if (quiet) {
                out.println(publication.kicadDbl());
                continue;
            }
            out.println("Published " + publication.rows() + " parts in " + publication.tables().size() + " tables to the "
                    + publication.destination() + ".");
            out.println("KiCad database library for the server: " + publication.kicadDbl()
                    + " (each user gives their login in a DSN or in its username/password fields)");
        }
    }

    private MigrationConfig config() {
        MigrationConfig base = configFile == null ? MigrationConfig.defaults() : MigrationConfigYaml.load(configFile);
        MigrationConfig.Builder builder = base.toBuilder();
        for (ConfigKey key : ConfigKey.values()) {
            Object value = spec.findOption(key.optionName()).getValue();
            if (value != null) {
                try {
                    builder.set(key, value.toString());
                } catch (IllegalArgumentException e) {
                    throw MigrationException.badInput("Option " + key.optionName() + ": " + e.getMessage());
                }
            }
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw MigrationException.badInput("Settings: " + e.getMessage());
        }
    }
}
