package io.github.altium2kicad.cli;

import picocli.CommandLine;

/** The version from the jar manifest (the Maven project version). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Altium2KicadCommand.class.getPackage().getImplementationVersion();
        return new String[] {"altium2kicad " + (version == null ? "(development build)" : version)};
    }
}
