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
        assertThat(cs.get("C")).contains("{x;y=z}");
        assertThat(cs.getUnbraced("C")).contains("x;y=z");
        assertThat(cs.get("D")).contains("spaced");
        assertThat(cs.get("E")).contains("");
        assertThat(cs.get("F")).contains("");
        assertThat(cs.get("G")).isEmpty();
        // values holding ';' are quoted again so the redacted text reads back the same
        assertThat(ConnectionString.parse(cs.redacted()).get("B")).isEqualTo(cs.get("B"));
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
}
