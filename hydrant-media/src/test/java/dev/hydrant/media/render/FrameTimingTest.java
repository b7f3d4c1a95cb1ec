package dev.hydrant.media.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Frame delays as APNG writes them and the end of an animated WebP as libwebp did not know it. */
class FrameTimingTest {

    @Test
    void millisecondsAreWrittenOverAThousandUntilTheyDoNotFit() {
        assertThat(FrameDelay.ofMillis(40)).isEqualTo(new FrameDelay(40, 1000));
        assertThat(FrameDelay.ofMillis(0)).isEqualTo(new FrameDelay(0, 1000));
        assertThat(FrameDelay.ofMillis(-30)).as("no negative delays").isEqualTo(new FrameDelay(0, 1000));
        assertThat(FrameDelay.ofMillis(65_535)).isEqualTo(new FrameDelay(65_535, 1000));
        assertThat(FrameDelay.ofMillis(70_004)).isEqualTo(new FrameDelay(7_000, 100));
        assertThat(FrameDelay.ofMillis(700_000)).isEqualTo(new FrameDelay(7_000, 10));
        assertThat(FrameDelay.ofMillis(10_000_000)).isEqualTo(new FrameDelay(10_000, 1));
        assertThat(FrameDelay.ofMillis(Long.MAX_VALUE / 2)).isEqualTo(new FrameDelay(65_535, 1));
    }

    @Test
    void theLastWebpFrameLastsWhatIsLeftOfTheTotal() {
        byte[] webp = webp(40, 0, 100, 17_535);
        WebpLastFrameDuration.set(webp, 40 + 0 + 100 + 55);
        assertThat(durations(webp)).containsExactly(40, 0, 100, 55);
        WebpLastFrameDuration.set(webp, 100);
        assertThat(durations(webp)).as("never negative").containsExactly(40, 0, 100, 0);
    }

    @Test
    void aStillWebpIsLeftAlone() {
        byte[] still = riff(chunk("VP8L", new byte[5]));
        byte[] copy = still.clone();
        WebpLastFrameDuration.set(still, 500);
        assertThat(still).isEqualTo(copy);
    }

    /** A WebP skeleton: VP8X, ANIM, then one ANMF per duration (with a bare frame header and no image data). */
    private static byte[] webp(int... durations) {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        chunks.writeBytes(chunk("VP8X", new byte[10]));
        chunks.writeBytes(chunk("ANIM", new byte[6]));
        for (int d : durations) {
            byte[] frame = new byte[16];
            frame[12] = (byte) d;
            frame[13] = (byte) (d >>> 8);
            frame[14] = (byte) (d >>> 16);
            chunks.writeBytes(chunk("ANMF", frame));
        }
        return riff(chunks.toByteArray());
    }

    private static byte[] riff(byte[] chunks) {
        ByteBuffer b = ByteBuffer.allocate(12 + chunks.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + chunks.length)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(chunks);
        return b.array();
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        b.put(type.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return b.array();
    }

    private static java.util.List<Integer> durations(byte[] webp) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        int pos = 12;
        while (pos + 8 <= webp.length) {
            String type = new String(webp, pos, 4, StandardCharsets.US_ASCII);
            int length = ByteBuffer.wrap(webp, pos + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            if (type.equals("ANMF")) {
                int at = pos + 8 + 12;
                out.add((webp[at] & 0xFF) | (webp[at + 1] & 0xFF) << 8 | (webp[at + 2] & 0xFF) << 16);
            }
            pos += 8 + length + (length & 1);
        }
        return out;
    }
}
