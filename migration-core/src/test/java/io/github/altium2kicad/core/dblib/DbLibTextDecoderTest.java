package io.github.altium2kicad.core.dblib;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.altium2kicad.core.dblib.DbLibTextDecoder.DecodedText;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DbLibTextDecoderTest {

    private static final String TEXT = "[Table1]\r\nTableName=Kondensatoren µF Ø – ≤\r\n";

    private static byte[] bom(int... bom) {
        byte[] out = new byte[bom.length];
        for (int i = 0; i < bom.length; i++) {
            out[i] = (byte) bom[i];
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8WithAndWithoutBom() {
        DecodedText plain = DbLibTextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8));
        DecodedText bom = DbLibTextDecoder.decode(concat(bom(0xEF, 0xBB, 0xBF), TEXT.getBytes(StandardCharsets.UTF_8)));

        assertThat(plain).isEqualTo(new DecodedText(TEXT, StandardCharsets.UTF_8, false));
        assertThat(bom).isEqualTo(new DecodedText(TEXT, StandardCharsets.UTF_8, true));
    }

    @Test
    void utf16WithBoms() {
        assertThat(DbLibTextDecoder.decode(concat(bom(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo(new DecodedText(TEXT, StandardCharsets.UTF_16LE, true));
        assertThat(DbLibTextDecoder.decode(concat(bom(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE))))
                .isEqualTo(new DecodedText(TEXT, StandardCharsets.UTF_16BE, true));
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsNulBytes() {
        assertThat(DbLibTextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16LE)))
                .isEqualTo(new DecodedText(TEXT, StandardCharsets.UTF_16LE, false));
        assertThat(DbLibTextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16BE)))
                .isEqualTo(new DecodedText(TEXT, StandardCharsets.UTF_16BE, false));
    }

    @Test
    void invalidUtf8IsWindows1252() {
        Charset cp1252 = Charset.forName("windows-1252");
        byte[] bytes = {'T', 'a', 'b', '=', (byte) 0xB5, 'F', ' ', (byte) 0xD8, ' ', (byte) 0x96, ' ', (byte) 0x80};

        DecodedText decoded = DbLibTextDecoder.decode(bytes);

        assertThat(decoded.text()).isEqualTo("Tab=µF Ø – €");
        assertThat(decoded.charset()).isEqualTo(cp1252);
        assertThat(decoded.byteOrderMark()).isFalse();
    }

    @Test
    void asciiIsUtf8() {
        assertThat(DbLibTextDecoder.decode("A=1".getBytes(StandardCharsets.US_ASCII)).charset())
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(DbLibTextDecoder.decode(new byte[0]).text()).isEmpty();
    }

    @Test
    void linesSplitOnCrLfLfAndLoneCr() {
        DecodedText text = new DecodedText("a=1\r\nb=2\nc=3\rd=4\r\n\r\ne=5", StandardCharsets.UTF_8, false);

        assertThat(text.lines()).containsExactly("a=1", "b=2", "c=3", "d=4", "", "e=5");
        assertThat(new DecodedText("a\r", StandardCharsets.UTF_8, false).lines()).containsExactly("a");
        assertThat(new DecodedText("a\n\n", StandardCharsets.UTF_8, false).lines()).containsExactly("a", "");
        assertThat(new DecodedText("", StandardCharsets.UTF_8, false).lines()).isEmpty();
    }

    @Test
    void ansiBytesGiveOneReadingPerCodePageTheyAreValidInWindows1252First() {
        byte[] gbk = "TableName=A贴片电阻$\r\n".getBytes(Charset.forName("GBK"));

        List<DbLibTextDecoder.Reading> readings = DbLibTextDecoder.readings(gbk, Optional.empty());

        assertThat(readings.get(0).text().charset().name()).isEqualTo("windows-1252");
        assertThat(readings).allSatisfy(r -> assertThat(r.basis()).isEqualTo(DbLibTextDecoder.Basis.ANSI_CANDIDATE));
        assertThat(readings).extracting(r -> r.text().charset().name()).contains("GBK").doesNotHaveDuplicates();
        assertThat(readings).filteredOn(r -> r.text().charset().name().equals("GBK")).singleElement()
                .satisfies(r -> assertThat(r.text().text()).isEqualTo("TableName=A贴片电阻$\r\n"));
        assertThat(readings).extracting(r -> r.text().text()).doesNotHaveDuplicates();
    }

    @Test
    void aByteOrderMarkValidUtf8OrTheSettingGiveOneReading() {
        byte[] utf8 = "TableName=Резисторы".getBytes(StandardCharsets.UTF_8);
        assertThat(DbLibTextDecoder.readings(utf8, Optional.empty())).singleElement()
                .satisfies(r -> assertThat(r.basis()).isEqualTo(DbLibTextDecoder.Basis.VALID_UTF8));
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertThat(DbLibTextDecoder.readings(bom, Optional.empty())).singleElement()
                .satisfies(r -> assertThat(r.basis()).isEqualTo(DbLibTextDecoder.Basis.BYTE_ORDER_MARK));
        byte[] cp1251 = "TableName=Резисторы".getBytes(Charset.forName("windows-1251"));
        assertThat(DbLibTextDecoder.readings(cp1251, Optional.of(Charset.forName("windows-1251")))).singleElement()
                .satisfies(r -> {
                    assertThat(r.basis()).isEqualTo(DbLibTextDecoder.Basis.SETTING);
                    assertThat(r.text().text()).isEqualTo("TableName=Резисторы");
                });
    }
}
