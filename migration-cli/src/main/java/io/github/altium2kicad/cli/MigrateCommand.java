package io.github.altium2kicad.cli;

import io.github.altium2kicad.api.ConfigKey;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.MigrationRequest;
import io.github.altium2kicad.api.MigrationResult;
import io.github.altium2kicad.core.OptimizedMigrationEngine;
import io.github.altium2kicad.core.internal.source.DatabaseCredentials;
import io.github.altium2kicad.core.internal.source.JdbcUrlOverride;
import io.github.altium2kicad.readers.output.server.ServerOptions;
import io.github.altium2kicad.readers.output.server.ServerPublication;
import io.github.altium2kicad.readers.output.server.ServerPublisher;
import io.github.altium2kicad.core.config.MigrationConfigYaml;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    @Option(names = "--output-database", paramLabel = "JDBC-URL", description = "Also publish the finished library to "
            + "this PostgreSQL or MySQL/MariaDB database (jdbc:postgresql://host:5432/db[?currentSchema=s], "
            + "jdbc:mariadb://host:3306/db), replacing its tables atomically, and write <name>-<server>.kicad_dbl "
            + "without login. Login from the URL, else ALTIUM2KICAD_OUTPUT_DB_USER / ALTIUM2KICAD_OUTPUT_DB_PASSWORD.")
    String outputDatabase;

    @Option(names = "--output-odbc-driver", paramLabel = "NAME", description = "The ODBC driver named in the server "
            + ".kicad_dbl (default: 'PostgreSQL Unicode' or 'MariaDB Unicode').")
    String outputOdbcDriver;

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

    /** The environment variable with the user name for {@code --output-database}. */
    static final String OUTPUT_USER_VARIABLE = "ALTIUM2KICAD_OUTPUT_DB_USER";
    /** The environment variable with the password for {@code --output-database}. */
    static final String OUTPUT_PASSWORD_VARIABLE = "ALTIUM2KICAD_OUTPUT_DB_PASSWORD";

    @Override
    public Integer call() {
        MigrationConfig config = config();
        if (outputDatabase != null) {
            ServerPublisher.describe(outputDatabase); // a wrong URL stops before the migration
        }
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
        out.flush();
        if (outputDatabase != null) {
            publish(result, out);
        }
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

    /** Publishes {@code result} to {@code --output-database}; a failure says the local output was published and is complete. */
    private void publish(MigrationResult result, PrintWriter out) {
        JdbcUrlOverride url = JdbcUrlOverride.parse(outputDatabase);
        Map<String, String> env = System.getenv();
        DatabaseCredentials login = url.credentials().orElse(new DatabaseCredentials(
                Optional.ofNullable(env.get(OUTPUT_USER_VARIABLE)), Optional.ofNullable(env.get(OUTPUT_PASSWORD_VARIABLE))));
        ServerPublication publication;
        try {
            publication = new ServerPublisher().publish(result, url.url(), login.user(), login.password(),
                    ServerOptions.defaults().withOdbcDriver(outputOdbcDriver));
        } catch (MigrationException e) {
            throw new MigrationException(e.kind(), e.getMessage() + " The local output was published: the local output in "
                    + result.outputDirectory() + " is complete; only the server was not updated (its tables, if any, are "
                    + "as they were). Run again with --output-database once the server can be reached.", e.getCause());
        }
        if (quiet) {
            out.println(publication.kicadDbl());
            out.flush();
            return;
        }
        out.println("Published " + publication.rows() + " parts in " + publication.tables().size() + " tables to the "
                + publication.server() + ".");
        out.println("KiCad database library for the server: " + publication.kicadDbl()
                + " (each user gives their login in a DSN or in its username/password fields)");
        out.flush();
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
