package io.github.altium2kicad.cli;

import java.util.Arrays;

/**
 * Configures SLF4J's simple logger before the first logger exists: messages go to standard error, warnings only
 * unless {@code --verbose}/{@code -v} is given (then info) or {@code --debug} (then debug).
 */
final class CliLogging {

    private CliLogging() {
    }

    static void configure(String[] args) {
        String level = Arrays.asList(args).contains("--debug") ? "debug"
                : Arrays.stream(args).anyMatch(a -> a.equals("--verbose") || a.equals("-v")) ? "info" : "warn";
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
        System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "true");
    }
}
