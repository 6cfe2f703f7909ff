package io.github.altium2kicad.api.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class JdbcUrlPartsTest {

    @Test
    void splitsUserInformationHostPathAndQuery() {
        JdbcUrlParts p = JdbcUrlParts.of("//kicad:p%40ss@db.example.com:5432/parts?currentSchema=lib&ssl=true");
        assertThat(p.hasAuthority()).isTrue();
        assertThat(p.userInfo()).contains("kicad:p%40ss");
        assertThat(p.authority()).isEqualTo("db.example.com:5432");
        assertThat(p.path()).isEqualTo("/parts");
        assertThat(p.parameters()).containsExactly("currentSchema=lib", "ssl=true");
        assertThat(JdbcUrlParts.decode("p%40ss+x")).isEqualTo("p@ss+x");
    }

    @Test
    void tellsAnEmptyUserPartFromNone() {
        assertThat(JdbcUrlParts.of("//@host/db").userInfo()).contains("");
        assertThat(JdbcUrlParts.of("//host/db").userInfo()).isEqualTo(Optional.empty());
    }

    @Test
    void withoutAuthorityTheBodyIsThePath() {
        JdbcUrlParts p = JdbcUrlParts.of("parts?user=x");
        assertThat(p.hasAuthority()).isFalse();
        assertThat(p.authority()).isEmpty();
        assertThat(p.path()).isEqualTo("parts");
        assertThat(p.parameters()).containsExactly("user=x");
        assertThat(JdbcUrlParts.decode("%zz")).isEqualTo("%zz");
    }
}
