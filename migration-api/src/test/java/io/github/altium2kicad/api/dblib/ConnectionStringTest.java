package io.github.altium2kicad.api.dblib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConnectionStringTest {

    @Test
    void accessOleDb() {
        ConnectionString cs = ConnectionString.parse(
                "Provider=Microsoft.Jet.OLEDB.4.0;Data Source=C:\\lib\\parts.mdb;Persist Security Info=False");

        assertThat(cs.keys()).containsExactly("Provider", "Data Source", "Persist Security Info");
        assertThat(cs.get("data source")).contains("C:\\lib\\parts.mdb");
        assertThat(cs.first("DBQ", "Data Source")).contains("C:\\lib\\parts.mdb");
        assertThat(cs.extendedProperties()).isEmpty();
        assertThat(cs.hasSecrets()).isFalse();
    }

    @Test
    void excelExtendedPropertiesHaveAPartWithoutEquals() {
        ConnectionString cs = ConnectionString.parse("Provider=Microsoft.ACE.OLEDB.12.0;Data Source=parts.xlsx;"
                + "Extended Properties=\"Excel 12.0;HDR=Yes;IMEX=1\"");

        ConnectionString excel = cs.extendedProperties().orElseThrow();
        assertThat(excel.keys()).containsExactly("Excel 12.0", "HDR", "IMEX");
        assertThat(excel.get("Excel 12.0")).contains("");
        assertThat(excel.get("hdr")).contains("Yes");
        assertThat(cs.hasSecrets()).isFalse();
        assertThat(cs.redacted()).isEqualTo("Provider=Microsoft.ACE.OLEDB.12.0;Data Source=parts.xlsx;"
                + "Extended Properties=\"Excel 12.0;HDR=Yes;IMEX=1\"");
    }

    @Test
    void sqliteThroughMsdasql() {
        ConnectionString cs = ConnectionString.parse("Provider=MSDASQL.1;Persist Security Info=False;"
                + "Extended Properties=\"Driver={SQLite3 ODBC Driver};Database=C:\\lib\\parts.db;StepAPI=0;\"");

        ConnectionString odbc = cs.extendedProperties().orElseThrow();
        assertThat(odbc.getUnbraced("driver")).contains("SQLite3 ODBC Driver");
        assertThat(odbc.get("Database")).contains("C:\\lib\\parts.db");
    }

    @Test
    void quotesAndBraces() {
        ConnectionString cs = ConnectionString.parse("A='it''s';B=\"say \"\"hi\"\"; ok\";C={x;y=z};D= spaced ;"
                + "E=\"\";F=");

        assertThat(cs.get("A")).contains("it's");
        assertThat(cs.get("B")).contains("say \"hi\"; ok");
        assertThat(cs.get("C")).isEmpty(); // a braced value holding '=' may be parts run together: not given out
        assertThat(ConnectionString.parse("Driver={x;y}").getUnbraced("Driver")).contains("x;y");
        assertThat(cs.get("D")).contains("spaced");
        assertThat(cs.get("E")).contains("");
        assertThat(cs.get("F")).contains("");
        assertThat(cs.get("G")).isEmpty();
        // values holding ';' are quoted again so the redacted text reads back the same
        ConnectionString quoted = ConnectionString.parse("Database=\"say \"\"hi\"\"; ok\"");
        assertThat(ConnectionString.parse(quoted.redacted()).get("Database")).contains("say \"hi\"; ok");
    }

    @Test
    void secretsAreRedactedEverywhere() {
        ConnectionString cs = ConnectionString.parse("DRIVER={MySQL ODBC 8.3 ANSI Driver};SERVER=db.example.invalid;"
                + "PORT=3306;DATABASE=librelib;USER=readonly;PWD=password");
        ConnectionString sqlServer = ConnectionString.parse("Provider=SQLOLEDB;Data Source=srv;User ID=sa;"
                + "Password=\"p;w\";Jet OLEDB:Database Password=jet");
        ConnectionString nested = ConnectionString.parse("Provider=MSDASQL.1;Extended Properties="
                + "\"DSN=parts;UID=me;PWD={se;cret}\"");

        assertThat(cs.get("pwd")).contains("password");
        assertThat(cs.hasSecrets()).isTrue();
        assertThat(cs.redacted()).doesNotContain("password").endsWith("PWD=*****");
        assertThat(cs.toString()).isEqualTo(cs.redacted());
        assertThat(sqlServer.redacted()).doesNotContain("p;w").doesNotContain("jet")
                .contains("Password=*****").contains("Jet OLEDB:Database Password=*****");
        assertThat(nested.hasSecrets()).isTrue();
        assertThat(nested.redacted()).doesNotContain("se;cret").contains("UID=me");
    }

    @Test
    void unparseableExtendedPropertiesAreHiddenNotThrown() {
        ConnectionString cs = ConnectionString.parse("Provider=MSDASQL.1;Extended Properties=\"PWD='secret\"");

        assertThat(cs.redacted()).doesNotContain("secret").contains("Extended Properties=\"*****\"");
        assertThat(cs.hasSecrets()).isTrue();
    }

    @Test
    void errorsNeverQuoteValues() {
        assertThatThrownBy(() -> ConnectionString.parse("Provider=X;Password='hunter2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Password").hasMessageContaining("never closed")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> ConnectionString.parse("Provider=X;=hunter2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty key").hasMessageNotContaining("hunter2");
    }

    @Test
    void emptyAndNull() {
        assertThat(ConnectionString.parse("").keys()).isEmpty();
        assertThat(ConnectionString.parse(null).keys()).isEmpty();
        assertThat(ConnectionString.parse(" ; ;").redacted()).isEmpty();
    }

    @Test
    void aBraceNeverClosedIsAnErrorThatDoesNotQuoteTheRest() {
        // issue 10: the rest of the string, password included, used to become the Driver value
        assertThatThrownBy(() -> ConnectionString.parse("Driver={MySQL ODBC 8.0 Unicode Driver;Server=127.0.0.1;"
                + "Port=3399;Database=parts;UID=reader;PWD=secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("connection string value of 'Driver' opens a { brace that is never closed");
        // a key that is not a known one may itself be a run-together value: named by position only
        assertThatThrownBy(() -> ConnectionString.parse("PWD=a;hunter2=x{"))
                .hasMessageNotContaining("hunter2").hasMessageContaining("position");
    }

    @Test
    void aJdbcUrlAsConnectionStringShowsItsSchemeOnly() {
        assertThat(ConnectionString.parse("jdbc:postgresql://reader:hunter2@db.example.invalid:5432/parts").redacted())
                .isEqualTo("jdbc:postgresql:*****");
        assertThat(ConnectionString.parse("jdbc:mariadb://db:3306/parts?user=reader&password=hunter2").redacted())
                .isEqualTo("jdbc:mariadb:*****");
        ConnectionString pasted = ConnectionString.parse("Provider=MSDASQL.1;Data Source=jdbc:postgresql://r:hunter2@db/parts");
        assertThat(pasted.redacted()).isEqualTo("Provider=MSDASQL.1;*****");
        assertThat(pasted.get("Data Source")).isEmpty();
        assertThat(pasted.hasSecrets()).isTrue();
    }

    @Test
    void partsRunTogetherAreHiddenAndNotGivenOut() {
        // a lost ';' puts the password into the user name; a lost '=' makes it part of a key
        ConnectionString lostSemicolon = ConnectionString.parse("Driver={PostgreSQL Unicode};Server=db;Uid=readerPwd=hunter2");
        assertThat(lostSemicolon.redacted()).isEqualTo("Driver={PostgreSQL Unicode};Server=db;*****");
        assertThat(lostSemicolon.get("Uid")).isEmpty();
        assertThat(lostSemicolon.get("Server")).contains("db");
        ConnectionString lostEquals = ConnectionString.parse("Server=db;UID=reader;PWDhunter2;Vendorhunter2=1");
        assertThat(lostEquals.redacted()).isEqualTo("Server=db;UID=reader;*****;*****");
        // unknown keys are not shown either, known ones are
        assertThat(ConnectionString.parse("Provider=MSDASQL.1;Persist Security Info=False;X-Custom=hunter2").redacted())
                .isEqualTo("Provider=MSDASQL.1;Persist Security Info=False;*****");
        assertThat(ConnectionString.parse("Driver={SQL Server};Server=srv;User ID=altium@srv;Database=P").get("User ID"))
                .contains("altium@srv");
    }
}
