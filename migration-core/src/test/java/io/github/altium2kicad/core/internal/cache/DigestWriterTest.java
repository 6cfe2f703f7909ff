package io.github.altium2kicad.core.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The digest writer's strings hash exactly as {@code getBytes(UTF_16BE)} would: cache keys stay what they were. */
class DigestWriterTest {

    @Test
    void stringsDigestAsTheirUtf16BigEndianBytesIncludingLoneSurrogates() throws Exception {
        Random random = new Random(42);
        char[] alphabet = {'a', 'Z', '0', ' ', 'µ', 'Ω', '中', '\uD83D', '\uDE00', '\uDBFF', '\uDC00', '\uFFFD', '\u0000'};
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(n % 10 == 0 ? 600 : 12);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String value = text.toString();
            assertThat(new DigestWriter("d").string(value).integer(n).finishHex()).as("'%s'", value)
                    .isEqualTo(reference("d", value, n));
        }
    }

    @Test
    void aCopyContinuesFromThePrefixAndLeavesThePrefixAsItWas() throws Exception {
        DigestWriter prefix = new DigestWriter("d").string("a long shared fingerprint");
        DigestWriter first = prefix.copy();
        DigestWriter second = prefix.copy();
        assertThat(first.integer(7).finishHex()).isEqualTo(new DigestWriter("d").string("a long shared fingerprint").integer(7).finishHex());
        assertThat(second.integer(8).finishHex()).isEqualTo(reference("d", "a long shared fingerprint", 8));
        assertThat(prefix.copy().integer(8).finishHex()).as("the prefix is reusable after copies were finished")
                .isEqualTo(reference("d", "a long shared fingerprint", 8));
    }

    /** The digest as the writer made it before: the JDK's UTF-16BE encoder and a ByteBuffer per integer. */
    private static String reference(String domain, String value, int number) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String s : new String[] {domain, value}) {
            digest.update((byte) 1);
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(s.length()).array());
            digest.update(s.getBytes(StandardCharsets.UTF_16BE));
        }
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(number).array());
        return HexFormat.of().formatHex(digest.digest());
    }
}
