package dev.hydrant.media.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Byte-exact agreement with Pillow's {@code resize(size, Image.LANCZOS)}. The expected digests are the SHA-256 of
 * {@code Image.frombytes(mode, (w, h), pattern).resize((tw, th), Image.LANCZOS).tobytes()} computed with Pillow
 * 9.4 for the same synthetic pattern as {@link #pattern}.
 */
class PilLanczosResamplerTest {

    static byte[] pattern(int w, int h, int c) {
        byte[] out = new byte[w * h * c];
        int i = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int ch = 0; ch < c; ch++) {
                    int v = (x * 7 + y * 13 + ch * 61 + ((x * y) % 17) * 11) % 256;
                    if (ch == 3) {
                        v = y % 3 != 0 ? x * 255 / Math.max(1, w - 1) : 255 - y * 255 / Math.max(1, h - 1);
                    }
                    out[i++] = (byte) v;
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}x{1}x{2} -> {3}x{4}")
    @CsvSource({
            "37, 23, 3, 15, 9, 07cbe6d3383786e8adc1d3ccda47ef9215d956dbb7705f5803225380ac2b6b07",
            "200, 150, 3, 150, 112, 31ec830b2bcae5bf9f79235c0ce40b8281c01315286fb3777d07e3487402c83e",
            "20, 10, 3, 45, 31, 3c45a4d02e36f5820ec423258199c19c76c06c9620a9d1b68d86b7f2a9d3e6b0",
            "64, 48, 4, 30, 20, 838cab14f5049f7b4a6d2e6ab89859e5a11d21fefb2b16a8920ae9ec437110b5",
            "50, 40, 3, 20, 40, c08edde49223cfa626d82fc7b8907112be27511e91339082346459e1a008c1af",
            "50, 40, 4, 50, 17, e85a36ee1842429b82435a6d383efe741563066ea604bb93a618c724655333ca",
            "9, 300, 3, 3, 125, 338fe52e24f9be4d774fe6870a9904f0503cdf0c45b8efd9dbf139374cb4ee9f"})
    void matchesPillow(int w, int h, int c, int tw, int th, String sha256) throws Exception {
        PixelBuffer out = new PilLanczosResampler().resize(new PixelBuffer(w, h, c, pattern(w, h, c)), tw, th);
        assertThat(out.width()).isEqualTo(tw);
        assertThat(out.height()).isEqualTo(th);
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.data()));
        assertThat(digest).isEqualTo(sha256);
    }
}
