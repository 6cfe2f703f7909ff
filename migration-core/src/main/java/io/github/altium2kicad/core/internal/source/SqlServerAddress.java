package io.github.altium2kicad.core.internal.source;

import io.github.altium2kicad.api.MigrationException;
import java.util.Locale;
import java.util.Optional;

/**
 * A SQL Server address as OLE DB and ODBC write it: {@code [tcp:]host[\INSTANCE][,port]}, where the host may be
 * {@code .} or {@code (local)} for this machine.
 *
 * @param host     the host name or address
 * @param instance the named instance, if any
 * @param port     the TCP port, if given
 */
record SqlServerAddress(String host, Optional<String> instance, Optional<Integer> port) {

    static SqlServerAddress parse(String dataSource) {
        String s = dataSource.strip();
        if (s.toLowerCase(Locale.ROOT).startsWith("tcp:")) {
            s = s.substring(4);
        }
        if (s.toLowerCase(Locale.ROOT).startsWith("(localdb)") || s.toLowerCase(Locale.ROOT).matches("^(np|lpc|admin):.*")) {
            throw MigrationException.badInput("SQL Server address '" + dataSource + "' is a LocalDB, named-pipe or shared-"
                    + "memory address, reachable only on the Windows machine it names. Give a TCP address with --database "
                    + "\"jdbc:sqlserver://host:1433;databaseName=…\" (config key: database).");
        }
        Optional<Integer> port = Optional.empty();
        int comma = s.lastIndexOf(',');
        if (comma >= 0) {
            try {
                port = Optional.of(Integer.parseInt(s.substring(comma + 1).strip()));
            } catch (NumberFormatException e) {
                throw MigrationException.badInput("SQL Server address '" + dataSource + "' has a port that is not a number.");
            }
            s = s.substring(0, comma).strip();
        }
        Optional<String> instance = Optional.empty();
        int slash = s.indexOf('\\');
        if (slash >= 0) {
            instance = Optional.of(s.substring(slash + 1)).filter(i -> !i.isBlank());
            s = s.substring(0, slash);
        }
        if (s.equals(".") || s.equalsIgnoreCase("(local)") || s.isEmpty()) {
            s = "localhost";
        }
        return new SqlServerAddress(s, instance, port);
    }

    @Override
    public String toString() {
        return host + instance.map(i -> "\\" + i).orElse("") + port.map(p -> "," + p).orElse("");
    }
}
