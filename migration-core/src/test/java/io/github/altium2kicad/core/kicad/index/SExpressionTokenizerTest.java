package io.github.altium2kicad.core.kicad.index;

import io.github.altium2kicad.core.kicad.index.SExpressionTokenizer.Token;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SExpressionTokenizerTest {

    private static List<String> tokens(String text) throws IOException {
        SExpressionTokenizer tokenizer = new SExpressionTokenizer(new StringReader(text));
        List<String> out = new ArrayList<>();
        for (Token t = tokenizer.next(); t != Token.END; t = tokenizer.next()) {
            out.add(switch (t) {
                case OPEN -> "(";
                case CLOSE -> ")";
                case ATOM -> "a:" + tokenizer.text();
                case STRING -> "s:" + tokenizer.text();
                case END -> throw new AssertionError();
            });
        }
        return out;
    }

    @Test
    void splitsListsAtomsAndStrings() throws IOException {
        assertThat(tokens("(pad \"1\" smd rect (at -1.1 0.85))"))
                .containsExactly("(", "a:pad", "s:1", "a:smd", "a:rect", "(", "a:at", "a:-1.1", "a:0.85", ")", ")");
    }

    @Test
    void resolvesEscapesInQuotedStrings() throws IOException {
        assertThat(tokens("(descr \"a \\\"quoted\\\" word\\\\ and\\nline\")"))
                .containsExactly("(", "a:descr", "s:a \"quoted\" word\\ and\nline", ")");
    }

    @Test
    void keepsEmptyStringsAndParenthesesInsideStrings() throws IOException {
        assertThat(tokens("(pad \"\" np_thru_hole (name \"(x)\"))"))
                .containsExactly("(", "a:pad", "s:", "a:np_thru_hole", "(", "a:name", "s:(x)", ")", ")");
    }

    @Test
    void atomsEndAtParenthesesAndQuotes() throws IOException {
        assertThat(tokens("(a b)(c\"d\")")).containsExactly("(", "a:a", "a:b", ")", "(", "a:c", "s:d", ")");
    }

    @Test
    void skipListJumpsOverNestedListsAndStringsWithParentheses() throws IOException {
        SExpressionTokenizer tokenizer = new SExpressionTokenizer(new StringReader(
                "(root (fp_line (start 0 0) (text \"has ) and ( inside\")) (pad 1))"));
        assertThat(tokenizer.next()).isEqualTo(Token.OPEN);
        assertThat(tokenizer.nextValue()).isEqualTo("root");
        assertThat(tokenizer.next()).isEqualTo(Token.OPEN);
        assertThat(tokenizer.nextValue()).isEqualTo("fp_line");
        tokenizer.skipList();
        assertThat(tokenizer.depth()).isEqualTo(1);
        assertThat(tokenizer.next()).isEqualTo(Token.OPEN);
        assertThat(tokenizer.nextValue()).isEqualTo("pad");
        assertThat(tokenizer.nextValue()).isEqualTo("1");
        assertThat(tokenizer.nextValue()).isNull();
        assertThat(tokenizer.next()).isEqualTo(Token.CLOSE);
        assertThat(tokenizer.depth()).isZero();
        assertThat(tokenizer.next()).isEqualTo(Token.END);
    }

    @Test
    void worksAcrossBufferBoundaries() throws IOException {
        StringBuilder text = new StringBuilder("(lib");
        for (int i = 0; i < 20_000; i++) {
            text.append(" (item \"name ").append(i).append("\" (x ").append(i).append("))");
        }
        text.append(')');
        SExpressionTokenizer tokenizer = new SExpressionTokenizer(new StringReader(text.toString()));
        tokenizer.next();
        tokenizer.nextValue();
        int items = 0;
        String last = null;
        while (tokenizer.next() == Token.OPEN) {
            tokenizer.nextValue();
            last = tokenizer.nextValue();
            tokenizer.skipList();
            items++;
        }
        assertThat(items).isEqualTo(20_000);
        assertThat(last).isEqualTo("name 19999");
    }

    @Test
    void reportsUnbalancedInputWithLine() {
        assertThatThrownBy(() -> tokens("(a\n)\n)")).hasMessageContaining("unbalanced").hasMessageContaining("line 3");
        assertThatThrownBy(() -> tokens("(a \"open")).hasMessageContaining("quoted string");
    }
}
