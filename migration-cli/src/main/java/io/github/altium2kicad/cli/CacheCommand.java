package io.github.altium2kicad.cli;

import io.github.altium2kicad.api.ConfigKey;
import io.github.altium2kicad.api.MigrationConfig;
import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.core.MigrationEngine;
import io.github.altium2kicad.core.config.MigrationConfigYaml;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code altium2kicad cache clear}: deletes the persistent mapping cache. */
@Command(name = "cache", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Manages the persistent mapping cache (see 'cache clear')."},
        subcommands = {CacheCommand.Clear.class})
final class CacheCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** {@code cache clear}: every cached decision of the cache folder, for all libraries and settings. */
    @Command(name = "clear", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Deletes every cached mapping decision in the cache folder (all libraries, rules and "
                    + "settings), so that the next migration decides every part again.",
                "Cached decisions are already ignored when a rule's code, a mapping table, the settings, the KiCad "
                    + "libraries or the DbLib change; clear the cache to free its disk space, or when a rule reads "
                    + "data outside its own jar that changed without a new MappingRule.version()."},
            footer = {"", "Example:", "  altium2kicad cache clear", "  altium2kicad cache clear -c migration.yaml"})
    static final class Clear implements Callable<Integer> {

        @Option(names = {"-c", "--config"}, paramLabel = "FILE",
                description = "YAML config file whose 'cache_directory' names the cache folder.")
        Path configFile;

        @Option(names = "--cache-directory", paramLabel = "DIR",
                description = "The cache folder (default: the config's cache_directory, else ~/.cache/altium2kicad).")
        Path cacheDirectory;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            MigrationConfig config = configFile == null ? MigrationConfig.defaults() : MigrationConfigYaml.load(configFile);
            if (cacheDirectory != null) {
                try {
                    config = config.toBuilder().set(ConfigKey.CACHE_DIRECTORY, cacheDirectory.toString()).build();
                } catch (IllegalArgumentException e) {
                    throw MigrationException.badInput("Option --cache-directory: " + e.getMessage());
                }
            }
            long removed = MigrationEngine.builder().build().clearCache(config);
            spec.commandLine().getOut().println(removed == 0 ? "No mapping cache in " + config.cacheDirectory() + "."
                    : "Cleared the mapping cache in " + config.cacheDirectory() + " (" + removed + " files removed).");
            return 0;
        }
    }
}
