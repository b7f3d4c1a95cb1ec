package dev.hydrant.media.image.icc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hydrant.media.SharedMedia;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Our LittleCMS emulation over the whole 24-bit RGB cube against PIL's {@code profileToProfile}
 * (LittleCMS 2.14) to its built-in sRGB profile; the expected digests are of PIL's output cube.
 */
class LcmsSrgbTransformTest {

    private static byte[] cube() {
        byte[] cube = new byte[256 * 256 * 256 * 3];
        for (int i = 0; i < 256 * 256 * 256; i++) {
            cube[3 * i] = (byte) (i >> 16);
            cube[3 * i + 1] = (byte) (i >> 8);
            cube[3 * i + 2] = (byte) i;
        }
        return cube;
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    @Test
    void pngGammaAndChromaticityProfileMatchesLittleCms() throws Exception {
        // png_interlaced.png: gAMA 45455, cHRM of sRGB (as ImageMagick writes them)
        double[] chromaticity = {0.3127, 0.329, 0.64, 0.33, 0.3, 0.6, 0.15, 0.06};
        byte[] cube = cube();
        PngGammaChromaticity.transform(0.45455, chromaticity).apply(cube, 3);
        assertThat(sha256(cube)).isEqualTo("c38e362a6fa7d217749556a32e050861e76a768b041902e06265ce5d77ab62ca");
    }

    @Test
    void lcmsV4SrgbProfileIsAnIdentityLikeLittleCms() throws Exception {
        byte[] jpeg = SharedMedia.bytes("jpeg_icc.jpg");
        byte[] icc = java.util.Arrays.copyOfRange(jpeg, indexOf(jpeg, "ICC_PROFILE") + 14, indexOf(jpeg, "ICC_PROFILE") + 14 + 588);
        IccProfile profile = IccProfile.parse(icc);
        assertThat(profile.isRgbMatrixShaper()).isTrue();
        byte[] cube = cube();
        LcmsSrgbTransform.fromMatrixShaper(profile.colorantMatrix(), profile.rgbCurves()).apply(cube, 3);
        assertThat(sha256(cube)).isEqualTo("95eeb80877c99cdcb38755b9bb5ed29066bf70e870ea6eff9ee30285bd4cd5b7");
    }

    @Test
    void tableCurveProfileMatchesLittleCms() throws Exception {
        // the colorants of png_interlaced.png's profile with 1024-entry gamma-1.8 "curv" tables
        double[][] colorants = {
                {28575 / 65536.0, 25238 / 65536.0, 9377 / 65536.0},
                {14580 / 65536.0, 46983 / 65536.0, 3973 / 65536.0},
                {913 / 65536.0, 6363 / 65536.0, 46804 / 65536.0}};
        int[] table = new int[1024];
        for (int i = 0; i < table.length; i++) {
            table[i] = (int) Math.rint(Math.pow(i / 1023.0, 1.8) * 65535);
        }
        ToneCurve curve = new ToneCurve.Tabulated(table);
        byte[] cube = cube();
        LcmsSrgbTransform.fromMatrixShaper(colorants, new ToneCurve[] {curve, curve, curve}).apply(cube, 3);
        assertThat(sha256(cube)).isEqualTo("649ddc2e52be7435c71d1316337122dc6950e6ea66263d919f6b7be0fb2bb149");
    }

    private static int indexOf(byte[] data, String ascii) {
        outer:
        for (int i = 0; i + ascii.length() <= data.length; i++) {
            for (int j = 0; j < ascii.length(); j++) {
                if (data[i + j] != ascii.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError(ascii + " not found");
    }
}
