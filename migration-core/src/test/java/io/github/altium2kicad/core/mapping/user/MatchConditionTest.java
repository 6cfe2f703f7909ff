package io.github.altium2kicad.core.mapping.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

class MatchConditionTest {

    @Test
    void globTreatsOnlyStarAndQuestionMarkAsWildcards() {
        MatchCondition c = MatchCondition.of("Footprint Ref", MatchType.GLOB, "R(0603)*.[x]?");
        assertThat(c.matches("R(0603)_HS.[x]1")).isTrue();
        assertThat(c.matches("R0603_HS.x1")).isFalse();
        assertThat(MatchCondition.of("c", MatchType.GLOB, "*").matches(null)).isTrue();
    }

    @Test
    void regexFindsAnywhereUnlessAnchored() {
        assertThat(MatchCondition.of("c", MatchType.REGEX, "0402").matches("Cap 0402 X7R")).isTrue();
        assertThat(MatchCondition.of("c", MatchType.REGEX, "^0402$").matches("Cap 0402 X7R")).isFalse();
        assertThatThrownBy(() -> MatchCondition.of("c", MatchType.REGEX, "[")).isInstanceOf(PatternSyntaxException.class);
    }

    @Test
    void exactComparesStrippedValuesAndMissingValuesAsEmpty() {
        assertThat(MatchCondition.of("c", MatchType.EXACT, " 0603 ").matches("0603")).isTrue();
        assertThat(MatchCondition.of("c", MatchType.EXACT, "").matches(null)).isTrue();
        assertThat(MatchCondition.of("c", MatchType.EXACT, "0603").matches(null)).isFalse();
    }

    @Test
    void tableScopeIsCaseInsensitiveGlobs() {
        TableScope scope = TableScope.of(List.of("Capacitors*", "Res?stors"));
        assertThat(scope.includes("capacitors - mlcc")).isTrue();
        assertThat(scope.includes("RESISTORS")).isTrue();
        assertThat(scope.includes("Inductors")).isFalse();
        assertThat(TableScope.of(List.of()).includes("anything")).isTrue();
    }
}
