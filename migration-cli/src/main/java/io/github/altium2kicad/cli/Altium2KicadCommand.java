package io.github.altium2kicad.cli;

import io.github.altium2kicad.api.MigrationException;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code altium2kicad} command: {@code migrate}, {@code inspect} and {@code cache clear}. */
@Command(name = "altium2kicad",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Moves an Altium Designer database library (.DbLib + its database) into a KiCad database "
                + "library (.kicad_dbl + SQLite) that KiCad 7 or later opens directly.",
            ""},
        subcommands = {MigrateCommand.class, InspectCommand.class, CacheCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 failure, 2 bad input (the message says what to fix), 3 completed with "
                + "warnings (the output is complete, but tables were skipped or the DbLib was read leniently; see the "
                + "warnings and migration-summary.json).",
            "Run 'altium2kicad help migrate' for the migration options."})
public final class Altium2KicadCommand implements Runnable {

    /** Exit code for wrong input: a missing file, a bad setting, bad data. */
    static final int EXIT_BAD_INPUT = 2;
    /** Exit code for a failure while the input looked right. */
    static final int EXIT_FAILURE = 1;
    /** Exit code for a migration that completed, but skipped tables or read the DbLib leniently. */
    static final int EXIT_WARNINGS = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (for tests and embedding). */
    public static int execute(String... args) {
        CliLogging.configure(args);
        CommandLine cli = new CommandLine(new Altium2KicadCommand());
        MigrateCommand.addConfigOptions(cli.getSubcommands().get("migrate").getCommandSpec());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof MigrationException me) {
                commandLine.getErr().println("error: " + me.getMessage());
                return me.kind() == MigrationException.Kind.BAD_INPUT ? EXIT_BAD_INPUT : EXIT_FAILURE;
            }
            commandLine.getErr().println("error: unexpected failure: " + e);
            e.printStackTrace(commandLine.getErr());
            return EXIT_FAILURE;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            PrintWriter err = e.getCommandLine().getErr();
            // "altium2kicad" or "altium2kicad migrate": the root's name once
            String command = e.getCommandLine().getCommandSpec().qualifiedName();
            err.println("error: " + e.getMessage());
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
                String prefix = unmatched.isUnknownOption() ? "" : command + " ";
                err.println("Did you mean: " + unmatched.getSuggestions().stream().map(s -> prefix + s)
                        .collect(Collectors.joining(" or ")) + "?");
            }
            err.println("Run '" + command + " --help' for usage.");
            return EXIT_BAD_INPUT;
        });
        return cli.execute(args);
    }
}
