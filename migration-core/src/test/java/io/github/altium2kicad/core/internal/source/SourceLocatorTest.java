package io.github.altium2kicad.core.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.altium2kicad.api.MigrationException;
import io.github.altium2kicad.api.dblib.LibraryDescriptor;
import io.github.altium2kicad.api.source.BackendKind;
import io.github.altium2kicad.api.source.SourceLocation;
import io.github.altium2kicad.core.dblib.DatabaseFileLocator;
import io.github.altium2kicad.core.dblib.DbLibParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLocatorTest {

    private static final String SECRET = "Pa55-w0rd;\"x";

    @TempDir
    Path dir;

    private LibraryDescriptor library(String connectionString) throws Exception {
        Path file = dir.resolve("Parts.DbLib");
        Files.writeString(file, "[OutputDatabaseLinkFile]\r\nVersion=1.1\r\n[DatabaseLinks]\r\nConnectionString="
                + connectionString + "\r\nLeftQuote=[\r\nRightQuote=]\r\nLibraryDatabasePath=\r\n[Table1]\r\nSchemaName=\r\n"
                + "TableName=Resistors\r\nEnabled=True\r\n", StandardCharsets.UTF_8);
        return new DbLibParser().parse(file);
    }

    private SourceLocation locate(String connectionString) throws Exception {
        return locate(connectionString, Map.of(), null);
    }

    private SourceLocation locate(String connectionString, Map<String, String> env, String override) throws Exception {
        return new SourceLocator(new DatabaseFileLocator(), env).locate(library(connectionString), Optional.ofNullable(override));
    }

    private static void assertNoSecret(SourceLocation location, String secret) {
        assertThat(location.description()).doesNotContain(secret);
        assertThat(location.toString()).doesNotContain(secret);
        assertThat(location.jdbcUrl().orElse("")).doesNotContain(secret);
        assertThat(location.properties().toString()).doesNotContain(secret);
    }

    // ------------------------------------------------------------------ files

    @Test
    void jetAndAceWithAccessFilesAreAccess() throws Exception {
        Files.write(dir.resolve("parts.mdb"), new byte[1]);
        Files.write(dir.resolve("parts.accdb"), new byte[1]);
        SourceLocation mdb = locate("Provider=Microsoft.Jet.OLEDB.4.0;Data Source=C:\\lib\\parts.mdb;Persist Security Info=False");
        assertThat(mdb.kind()).isEqualTo(BackendKind.ACCESS);
        assertThat(mdb.file()).contains(dir.resolve("parts.mdb"));
        assertThat(locate("Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:\\lib\\parts.accdb").kind()).isEqualTo(BackendKind.ACCESS);
        assertThat(locate("Driver={Microsoft Access Driver (*.mdb, *.accdb)};DBQ=C:\\lib\\parts.accdb").file())
                .contains(dir.resolve("parts.accdb"));
    }

    @Test
    void aceWithExcelPropertiesIsExcelWithItsHeaderSetting() throws Exception {
        Files.write(dir.resolve("parts.xlsx"), new byte[1]);
        SourceLocation yes = locate("Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:\\lib\\parts.xlsx;"
                + "Extended Properties=\"Excel 12.0;HDR=Yes;IMEX=1\"");
        assertThat(yes.kind()).isEqualTo(BackendKind.EXCEL);
        assertThat(yes.properties()).containsEntry("HDR", "Yes");
        assertThat(locate("Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:\\lib\\parts.xlsx;"
                + "Extended Properties=\"Excel 12.0 Xml;HDR=NO\"").properties()).containsEntry("HDR", "No");
        SourceLocation odbc = locate("Driver={Microsoft Excel Driver (*.xls, *.xlsx, *.xlsm, *.xlsb)};DBQ=C:\\lib\\parts.xlsx;"
                + "FirstRowHasNames=0");
        assertThat(odbc.kind()).isEqualTo(BackendKind.EXCEL);
        assertThat(odbc.properties()).containsEntry("HDR", "No");
    }

    @Test
    void textDriversAreCsvFolders() throws Exception {
        Files.createDirectories(dir.resolve("csv"));
        SourceLocation ace = locate("Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:\\lib\\csv\\;"
                + "Extended Properties=\"text;HDR=Yes;FMT=Delimited(|)\"");
        assertThat(ace.kind()).isEqualTo(BackendKind.CSV);
        assertThat(ace.file()).contains(dir.resolve("csv"));
        assertThat(ace.properties()).containsEntry("HDR", "Yes").containsEntry("FMT", "Delimited(|)");
        SourceLocation odbc = locate("Driver={Microsoft Access Text Driver (*.txt, *.csv)};DefaultDir=C:\\lib\\csv;"
                + "ColNameHeader=False;CharacterSet=65001");
        assertThat(odbc.kind()).isEqualTo(BackendKind.CSV);
        assertThat(odbc.properties()).containsEntry("HDR", "No").containsEntry("CharacterSet", "65001");
    }

    @Test
    void sqliteThroughMsdasqlKeepsWorking() throws Exception {
        Files.write(dir.resolve("Parts.sqlite"), new byte[1]);
        SourceLocation sqlite = locate("Provider=MSDASQL.1;Persist Security Info=False;Extended Properties=\""
                + "Driver={SQLite3 ODBC Driver};Database=C:\\lib\\Parts.sqlite;PWD=" + "x;StepAPI=0;\"");
        assertThat(sqlite.kind()).isEqualTo(BackendKind.SQLITE);
        assertThat(sqlite.file()).contains(dir.resolve("Parts.sqlite"));
    }

    // ------------------------------------------------------------------ servers

    @Test
    void mysqlOdbcBecomesAMariadbJdbcUrl() throws Exception {
        SourceLocation l = locate("DRIVER={MySQL ODBC 8.3 ANSI Driver};SERVER=db.example.invalid;PORT=3307;DATABASE=librelib;"
                + "USER=readonly;PWD=" + "secretpw");
        assertThat(l.kind()).isEqualTo(BackendKind.MYSQL);
        assertThat(l.jdbcUrl()).contains("jdbc:mariadb://db.example.invalid:3307/librelib");
        assertThat(l.user()).contains("readonly");
        assertThat(l.password()).contains("secretpw");
        assertThat(l.description()).isEqualTo("MySQL/MariaDB database 'librelib' on db.example.invalid:3307 as user 'readonly'");
        assertNoSecret(l, "secretpw");
    }

    @Test
    void theRealMysqlFixtureTranslates() throws Exception {
        Path fixture = Path.of("src/test/resources/dblib/mysql-odbc.DbLib");
        SourceLocation l = new SourceLocator(new DatabaseFileLocator(), Map.of())
                .locate(new DbLibParser().parse(fixture), Optional.empty());
        assertThat(l.jdbcUrl()).contains("jdbc:mariadb://db.example.invalid:3306/librelib");
        assertThat(l.description()).doesNotContain("password");
    }

    @Test
    void mariadbThroughMsdasqlWithTheLoginAtTheOleDbLevel() throws Exception {
        SourceLocation l = locate("Provider=MSDASQL.1;Password=" + "oledbpw;Persist Security Info=True;User ID=root;"
                + "Extended Properties=\"DRIVER={MariaDB ODBC 3.1 Driver};SERVER=localhost;DATABASE=parts;\"");
        assertThat(l.jdbcUrl()).contains("jdbc:mariadb://localhost:3306/parts");
        assertThat(l.user()).contains("root");
        assertThat(l.password()).contains("oledbpw");
        assertNoSecret(l, "oledbpw");
    }

    @Test
    void postgresOdbcBecomesAPostgresJdbcUrl() throws Exception {
        SourceLocation l = locate("Driver={PostgreSQL Unicode};Server=10.0.0.5;Port=5433;Database=altium parts;Uid=alt;Pwd="
                + SECRET.replace(";", "").replace("\"", "") + ";SSLmode=require");
        assertThat(l.kind()).isEqualTo(BackendKind.POSTGRESQL);
        assertThat(l.jdbcUrl()).contains("jdbc:postgresql://10.0.0.5:5433/altium%20parts?sslmode=require");
        assertThat(l.user()).contains("alt");
        assertThat(l.description()).isEqualTo("PostgreSQL database 'altium parts' on 10.0.0.5:5433 as user 'alt'");
        assertNoSecret(l, "Pa55-w0rd");
        assertThat(locate("Provider=MSDASQL.1;Extended Properties=\"Driver={PostgreSQL ANSI(x64)};Server=pg;Database=p;\"")
                .jdbcUrl()).contains("jdbc:postgresql://pg:5432/p");
    }

    @Test
    void sqlServerOleDbAndOdbcBecomeSqlServerJdbcUrls() throws Exception {
        SourceLocation oledb = locate("Provider=SQLOLEDB.1;Data Source=srv\\SQLEXPRESS,1444;Initial Catalog=Parts;"
                + "User ID=altium;Password=" + "sqlpw;Persist Security Info=True");
        assertThat(oledb.kind()).isEqualTo(BackendKind.SQLSERVER);
        assertThat(oledb.jdbcUrl()).contains("jdbc:sqlserver://srv;instanceName=SQLEXPRESS;portNumber=1444;databaseName=Parts;"
                + "encrypt=false");
        assertThat(oledb.user()).contains("altium");
        assertThat(oledb.description()).isEqualTo("SQL Server database 'Parts' on srv\\SQLEXPRESS,1444 as user 'altium'");
        assertNoSecret(oledb, "sqlpw");

        assertThat(locate("Provider=MSOLEDBSQL;Server=tcp:db.local,1433;Database=Lib;UID=u;PWD=p").jdbcUrl())
                .contains("jdbc:sqlserver://db.local;portNumber=1433;databaseName=Lib;encrypt=true");
        assertThat(locate("Provider=SQLNCLI11;Data Source=(local);Initial Catalog=Lib;User ID=u;Password=p").jdbcUrl())
                .contains("jdbc:sqlserver://localhost;databaseName=Lib;encrypt=false");
        assertThat(locate("Driver={ODBC Driver 18 for SQL Server};Server=srv;Database=Lib;Uid=u;Pwd=p;"
                + "TrustServerCertificate=yes").jdbcUrl())
                .contains("jdbc:sqlserver://srv;databaseName=Lib;encrypt=true;trustServerCertificate=true");
    }

    @Test
    void windowsAuthenticationNeedsALoginFromTheEnvironment() throws Exception {
        String cs = "Provider=SQLOLEDB;Data Source=srv;Initial Catalog=Parts;Integrated Security=SSPI";
        assertThatThrownBy(() -> locate(cs))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("Windows authentication").hasMessageContaining("ALTIUM2KICAD_DB_USER")
                .hasMessageContaining("--database \"jdbc:sqlserver://srv;databaseName=Parts;user=<user>;password=<password>\"");
        SourceLocation l = locate(cs, Map.of("ALTIUM2KICAD_DB_USER", "svc", "ALTIUM2KICAD_DB_PASSWORD", "envpw"), null);
        assertThat(l.user()).contains("svc");
        assertThat(l.password()).contains("envpw");
        assertNoSecret(l, "envpw");
    }

    @Test
    void environmentCredentialsWinOverTheConnectionStringOnePartAtATime() throws Exception {
        String cs = "Driver={PostgreSQL Unicode};Server=pg;Database=p;Uid=dblib-user;Pwd=dblib-pw";
        SourceLocation both = locate(cs, Map.of("ALTIUM2KICAD_DB_USER", "env-user", "ALTIUM2KICAD_DB_PASSWORD", "env-pw"), null);
        assertThat(both.user()).contains("env-user");
        assertThat(both.password()).contains("env-pw");
        SourceLocation passwordOnly = locate(cs, Map.of("ALTIUM2KICAD_DB_PASSWORD", "env-pw"), null);
        assertThat(passwordOnly.user()).contains("dblib-user");
        assertThat(passwordOnly.password()).contains("env-pw");
        assertThat(locate(cs, Map.of(), null).password()).contains("dblib-pw");
    }

    @Test
    void dsnsAndUnknownDriversAskForTheLocation() throws Exception {
        assertThatThrownBy(() -> locate("Provider=MSDASQL.1;Persist Security Info=False;Data Source=localPostgres;"
                + "Initial Catalog=parts"))
                .isInstanceOf(MigrationException.class).hasMessageContaining("(DSN)")
                .hasMessageContaining("--database <path-or-jdbc-url>");
        assertThatThrownBy(() -> locate("DSN=Parts;UID=u;PWD=" + "dsnpw"))
                .isInstanceOf(MigrationException.class).hasMessageContaining("(DSN)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("dsnpw"));
        assertThatThrownBy(() -> locate("Driver={Oracle in OraClient19Home1};Dbq=ORCL;Uid=u;Pwd=" + "orapw"))
                .isInstanceOf(MigrationException.class).hasMessageContaining("--database <path-or-jdbc-url>")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("orapw"));
        assertThatThrownBy(() -> locate("Provider=SQLOLEDB;Data Source=(localdb)\\MSSQLLocalDB;Initial Catalog=P"))
                .isInstanceOf(MigrationException.class).hasMessageContaining("LocalDB");
    }

    // ------------------------------------------------------------------ overrides

    @Test
    void jdbcUrlOverridesWinAndLoseTheirCredentials() throws Exception {
        String dbLib = "Provider=Microsoft.Jet.OLEDB.4.0;Data Source=C:\\lib\\parts.mdb";
        SourceLocation pg = locate(dbLib, Map.of(), "jdbc:postgresql://db:5432/parts?user=alice&password=" + "url%3Bpw&ssl=true");
        assertThat(pg.kind()).isEqualTo(BackendKind.POSTGRESQL);
        assertThat(pg.jdbcUrl()).contains("jdbc:postgresql://db:5432/parts?ssl=true");
        assertThat(pg.user()).contains("alice");
        assertThat(pg.password()).contains("url;pw");
        assertThat(pg.description()).isEqualTo("PostgreSQL database 'parts' on db:5432 as user 'alice'");
        assertNoSecret(pg, "url;pw");
        assertNoSecret(pg, "url%3Bpw");

        SourceLocation mysql = locate(dbLib, Map.of(), "jdbc:mysql://bob:" + "at%40pw@db:3306/parts");
        assertThat(mysql.kind()).isEqualTo(BackendKind.MYSQL);
        assertThat(mysql.jdbcUrl()).contains("jdbc:mysql://db:3306/parts");
        assertThat(mysql.user()).contains("bob");
        assertThat(mysql.password()).contains("at@pw");
        assertNoSecret(mysql, "at@pw");
        assertNoSecret(mysql, "at%40pw");

        SourceLocation mssql = locate(dbLib, Map.of(), "jdbc:sqlserver://srv:1433;databaseName=Parts;user=sa;password={br;ace}");
        assertThat(mssql.kind()).isEqualTo(BackendKind.SQLSERVER);
        assertThat(mssql.jdbcUrl()).contains("jdbc:sqlserver://srv:1433;databaseName=Parts");
        assertThat(mssql.password()).contains("br;ace");
        assertNoSecret(mssql, "br;ace");
        assertNoSecret(mssql, "{br");

        assertThat(locate(dbLib, Map.of(), "jdbc:mariadb://db/parts").kind()).isEqualTo(BackendKind.MYSQL);
        assertThat(locate(dbLib, Map.of(), "jdbc:h2:mem:parts").kind()).isEqualTo(BackendKind.OTHER_JDBC);
        SourceLocation sqlite = locate(dbLib, Map.of(), "jdbc:sqlite:" + dir.resolve("x.sqlite"));
        assertThat(sqlite.kind()).isEqualTo(BackendKind.SQLITE);
    }

    @Test
    void overrideCredentialsBeatTheEnvironmentWhichBeatsTheDbLib() throws Exception {
        String dbLib = "Driver={PostgreSQL Unicode};Server=old;Database=p;Uid=dblib-user;Pwd=dblib-pw";
        Map<String, String> env = Map.of("ALTIUM2KICAD_DB_PASSWORD", "env-pw");
        SourceLocation plain = locate(dbLib, env, "jdbc:postgresql://new/p");
        assertThat(plain.user()).contains("dblib-user"); // same kind of server: the DbLib's login is borrowed
        assertThat(plain.password()).contains("env-pw");
        SourceLocation explicit = locate(dbLib, env, "jdbc:postgresql://new/p?password=url-pw");
        assertThat(explicit.password()).contains("url-pw");
        SourceLocation otherKind = locate(dbLib, Map.of(), "jdbc:mariadb://new/p");
        assertThat(otherKind.user()).isEmpty(); // a login is never sent to another kind of server
        assertThat(otherKind.password()).isEmpty();
    }

    @Test
    void fileOverridesPickTheKindFromTheNameOrFolder() throws Exception {
        String dbLib = "Provider=Microsoft.ACE.OLEDB.12.0;Data Source=C:\\lib\\parts.xlsx;Extended Properties=\"Excel 12.0;HDR=No\"";
        Path xlsx = Files.write(dir.resolve("other.xlsx"), new byte[1]);
        SourceLocation excel = locate(dbLib, Map.of(), xlsx.toString());
        assertThat(excel.kind()).isEqualTo(BackendKind.EXCEL);
        assertThat(excel.properties()).containsEntry("HDR", "No");
        Path folder = Files.createDirectories(dir.resolve("exported"));
        assertThat(locate(dbLib, Map.of(), folder.toString()).kind()).isEqualTo(BackendKind.CSV);
        assertThat(locate(dbLib, Map.of(), Files.write(dir.resolve("t.csv"), new byte[1]).toString()).kind())
                .isEqualTo(BackendKind.CSV);
        assertThatThrownBy(() -> locate(dbLib, Map.of(), dir.resolve("missing.mdb").toString()))
                .isInstanceOf(MigrationException.class).hasMessageContaining("no such file");
    }

    @Test
    void sqlServerAddresses() {
        assertThat(SqlServerAddress.parse("tcp:srv\\INST,1500")).isEqualTo(new SqlServerAddress("srv", Optional.of("INST"),
                Optional.of(1500)));
        assertThat(SqlServerAddress.parse(".\\SQLEXPRESS").host()).isEqualTo("localhost");
        assertThat(SqlServerAddress.parse("db.example.com").port()).isEmpty();
    }
}
