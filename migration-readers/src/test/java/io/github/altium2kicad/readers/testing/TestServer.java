package io.github.altium2kicad.readers.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * A real database server to test against, from the environment that {@code .ci/test-servers.sh} exports:
 * {@code ALTIUM2KICAD_TEST_<PG|MYSQL>_URL}, {@code _USER}, {@code _PASSWORD}. Absent on a developer machine, the tests
 * that need it are skipped; absent under {@code CI=true}, they fail.
 *
 * @param name     {@code PG} or {@code MYSQL}
 * @param url      the JDBC URL, without credentials
 * @param user     the user name
 * @param password the password
 */
public record TestServer(String name, String url, String user, String password) {

    public static TestServer require(String name) {
        String prefix = "ALTIUM2KICAD_TEST_" + name + "_";
        String url = System.getenv(prefix + "URL");
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but " + prefix + "URL is not set: .ci/run must start the " + name + " test server "
                        + "(. .ci/test-servers.sh)");
            }
            Assumptions.abort(prefix + "URL is not set: start the test servers with . .ci/test-servers.sh");
        }
        return new TestServer(name, url, System.getenv(prefix + "USER"), System.getenv(prefix + "PASSWORD"));
    }

    public boolean postgres() {
        return name.equals("PG");
    }

    public String host() {
        return URI.create(url.substring(5)).getHost();
    }

    public int port() {
        return URI.create(url.substring(5)).getPort();
    }

    public String database() {
        return URI.create(url.substring(5)).getPath().substring(1);
    }

    /** The ODBC connection string Altium writes for this server, with the given login. */
    public String odbcConnectionString(String user, String password) {
        return odbcConnectionString(port(), user, password);
    }

    public String odbcConnectionString(int port, String user, String password) {
        return postgres()
                ? "Driver={PostgreSQL Unicode};Server=" + host() + ";Port=" + port + ";Database=" + database() + ";Uid=" + user
                + ";Pwd=" + password
                : "DRIVER={MySQL ODBC 8.3 ANSI Driver};SERVER=" + host() + ";PORT=" + port + ";DATABASE=" + database()
                + ";USER=" + user + ";PWD=" + password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    public String quote(String identifier) {
        String q = postgres() ? "\"" : "`";
        return q + identifier.replace(q, q + q) + q;
    }

    /** (Re)creates the fixture's tables, {@code ID} as primary key, in {@code schema} (or the default one). */
    public void write(List<PartsFixture.Table> tables, String schema) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            String prefix = schema == null ? "" : quote(schema) + ".";
            if (schema != null) {
                st.execute("CREATE SCHEMA IF NOT EXISTS " + quote(schema));
            }
            for (PartsFixture.Table t : tables) {
                String table = prefix + quote(t.name());
                st.execute("DROP TABLE IF EXISTS " + table);
                st.execute("CREATE TABLE " + table + " (" + t.columns().stream().map(col -> quote(col.name()) + " " + type(col)
                        + (col.name().equals("ID") ? " PRIMARY KEY" : "")).collect(Collectors.joining(", ")) + ")"
                        + (postgres() ? "" : " CHARACTER SET utf8mb4"));
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " VALUES ("
                        + t.columns().stream().map(x -> "?").collect(Collectors.joining(",")) + ")")) {
                    for (PartsFixture.Cell[] row : t.rows()) {
                        for (int i = 0; i < row.length; i++) {
                            PartsFixture.Type type = t.columns().get(i).type();
                            ps.setObject(i + 1, row[i] == null ? null
                                    : type == PartsFixture.Type.TEXT || type == PartsFixture.Type.MEMO ? row[i].text() : row[i].value());
                        }
                        ps.executeUpdate();
                    }
                }
            }
        }
    }

    /** Executes statements as they are. */
    public void execute(String... statements) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    private String type(PartsFixture.Column column) {
        return switch (column.type()) {
            case INTEGER -> "INTEGER";
            case TEXT -> "VARCHAR(255)";
            case MEMO -> "TEXT";
            case DOUBLE -> postgres() ? "DOUBLE PRECISION" : "DOUBLE";
            case DECIMAL2 -> "NUMERIC(18,2)";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
        };
    }
}
