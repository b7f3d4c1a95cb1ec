package dev.hydrant.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /get_files/render} of ugoiras over HTTP, as hydrus's {@code ConvertUgoiraToBytesForAPI}: APNG (23, the
 * default) or animated WebP (83) at the ugoira's own size, every frame shown for its {@code animation.json} delay
 * (else a note's, else 125 ms), looping for ever; hydrus's 400s for the wrong formats; a server error for ugoiras that
 * cannot be rendered, after which the server keeps serving. Renders are read back by an independent decoder.
 */
class UgoiraRenderHttpTest {
    private static final int W = 64;
    private static final int H = 48;
    private static final int GREY = 0xFF808080;

    @TempDir
    Path dir;

    /** Frames A, B, B, C: a square moving over grey, the second B identical to the first. */
    private static List<BufferedImage> movingSquare() {
        int[][] squares = {{0, 10, 0xFFFF0000}, {10, 15, 0xFF00FF00}, {10, 15, 0xFF00FF00}, {30, 20, 0xFF0000FF}};
        List<BufferedImage> frames = new ArrayList<>();
        for (int[] s : squares) {
            BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(GREY, true));
            g.fillRect(0, 0, W, H);
            g.setColor(new Color(s[2], true));
            g.fillRect(s[0], s[1], 8, 8);
            g.dispose();
            frames.add(image);
        }
        return frames;
    }

    @Test
    void apngByDefaultWithEveryFrameForItsDelayAndIdenticalNeighboursMerged() throws Exception {
        List<BufferedImage> frames = movingSquare();
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String hash = upload(api, ugoira(frames, List.of(40, 50, 60, 70)));
            JsonNode meta = metadata(api, hash);
            assertThat(meta.get("filetype_human").asText()).isEqualTo("ugoira");
            assertThat(meta.get("duration").asInt()).isEqualTo(220);

            RawHttp.Response r = api.get("/get_files/render?hash=" + hash + "&render_quality=3");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("Content-Type")).isEqualTo("image/apng");
            assertThat(r.header("Cache-Control")).as("timed by its animation.json: never changes")
                    .isEqualTo("max-age=31536000");
            assertThat(r.header("Content-Disposition")).isEqualTo("inline");
            assertThat(r.header("Accept-Ranges")).isNull();

            AnimationFiles.Apng apng = AnimationFiles.apng(r.body());
            assertThat(apng.width() + "x" + apng.height()).isEqualTo(W + "x" + H);
            assertThat(apng.colourType()).as("RGB").isEqualTo(2);
            assertThat(apng.frames()).as("the two Bs are one frame").isEqualTo(3);
            assertThat(apng.plays()).as("loops for ever").isZero();
            assertThat(apng.controls()).extracting(AnimationFiles.ApngFrame::delayMs).containsExactly(40.0, 110.0, 70.0);
            assertThat(apng.controls().get(1)).as("only the region that changed: both squares")
                    .isEqualTo(new AnimationFiles.ApngFrame(18, 13, 0, 10, 110, 1000, 0, 0));
            List<int[]> shown = AnimationFiles.apngPixels(r.body(), dir);
            assertThat(shown).hasSize(3);
            assertThat(shown.get(0)).isEqualTo(AnimationFiles.argb(frames.get(0)));
            assertThat(shown.get(1)).isEqualTo(AnimationFiles.argb(frames.get(1)));
            assertThat(shown.get(2)).isEqualTo(AnimationFiles.argb(frames.get(3)));

            RawHttp.Response explicit = api.get("/get_files/render?hash=" + hash + "&render_format=23&download=true");
            assertThat(explicit.status()).isEqualTo(200);
            assertThat(explicit.header("Content-Disposition")).isEqualTo("attachment");
            assertThat(explicit.body()).as("quality does nothing for APNG").isEqualTo(r.body());
        }
    }

    @Test
    void animatedWebpLossyAtQualityOrLosslessAboveAHundred() throws Exception {
        List<BufferedImage> frames = movingSquare();
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String hash = upload(api, ugoira(frames, List.of(40, 50, 60, 70)));

            RawHttp.Response lossy = api.get("/get_files/render?hash=" + hash + "&render_format=83");
            assertThat(lossy.status()).isEqualTo(200);
            assertThat(lossy.header("Content-Type")).isEqualTo("image/webp");
            assertThat(lossy.header("Cache-Control")).isEqualTo("max-age=31536000");
            AnimationFiles.Webp webp = AnimationFiles.webp(lossy.body());
            assertThat(webp.animated()).isTrue();
            assertThat(webp.width() + "x" + webp.height()).isEqualTo(W + "x" + H);
            assertThat(webp.loops()).as("loops for ever").isZero();
            assertThat(webp.frames()).extracting(AnimationFiles.WebpFrame::durationMs)
                    .as("libwebp merges the identical Bs too").containsExactly(40, 110, 70);
            assertThat(new String(webp.frames().get(0).data(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("VP8 ");
            List<int[]> lossyShown = AnimationFiles.webpPixels(webp);
            int[][] squareCentres = {{4, 14}, {14, 19}, {34, 24}};
            int[] expectedColours = {0xFF0000, 0x00FF00, 0x0000FF};
            for (int i = 0; i < 3; i++) {
                int[] pixels = lossyShown.get(i);
                assertThat(near(pixels[squareCentres[i][1] * W + squareCentres[i][0]], expectedColours[i]))
                        .as("frame %d's square", i).isTrue();
                assertThat(near(pixels[40 * W + 60], GREY & 0xFFFFFF)).as("frame %d's background", i).isTrue();
            }

            RawHttp.Response lossless = api.get("/get_files/render?hash=" + hash + "&render_format=83&render_quality=101");
            assertThat(lossless.status()).isEqualTo(200);
            AnimationFiles.Webp exact = AnimationFiles.webp(lossless.body());
            assertThat(exact.frames()).extracting(AnimationFiles.WebpFrame::durationMs).containsExactly(40, 110, 70);
            assertThat(new String(exact.frames().get(0).data(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("VP8L");
            List<int[]> shown = AnimationFiles.webpPixels(exact);
            assertThat(shown.get(0)).isEqualTo(AnimationFiles.argb(frames.get(0)));
            assertThat(shown.get(1)).isEqualTo(AnimationFiles.argb(frames.get(1)));
            assertThat(shown.get(2)).isEqualTo(AnimationFiles.argb(frames.get(3)));
        }
    }

    @Test
    void withoutAnimationJsonFramesLast125MsOrWhatANoteSaysAndTheRenderIsCachedForAnHour() throws Exception {
        List<BufferedImage> all = movingSquare();
        List<BufferedImage> frames = List.of(all.get(0), all.get(1), all.get(3));
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String hash = upload(api, ugoira(frames, null));
            JsonNode meta = metadata(api, hash);
            assertThat(meta.get("filetype_human").asText()).isEqualTo("ugoira");
            assertThat(meta.get("duration").isNull()).isTrue();

            RawHttp.Response apng = api.get("/get_files/render?hash=" + hash);
            assertThat(apng.status()).isEqualTo(200);
            assertThat(apng.header("Cache-Control")).as("notes may change the timing").isEqualTo("max-age=3600");
            assertThat(AnimationFiles.apng(apng.body()).controls()).extracting(AnimationFiles.ApngFrame::delayMs)
                    .containsExactly(125.0, 125.0, 125.0);
            RawHttp.Response webp = api.get("/get_files/render?hash=" + hash + "&render_format=83");
            assertThat(webp.header("Cache-Control")).isEqualTo("max-age=3600");
            assertThat(AnimationFiles.webp(webp.body()).frames()).extracting(AnimationFiles.WebpFrame::durationMs)
                    .containsExactly(125, 125, 125);

            Map<String, Object> notes = new LinkedHashMap<>();
            notes.put("hash", hash);
            notes.put("notes", Map.of("ugoira frame delay array", "[30, 60, 1000]"));
            KeyedApiClient.ok(api.post("/add_notes/set_notes", notes));
            assertThat(AnimationFiles.apng(api.get("/get_files/render?hash=" + hash).body()).controls())
                    .extracting(AnimationFiles.ApngFrame::delayMs).containsExactly(30.0, 60.0, 1000.0);
            assertThat(AnimationFiles.webp(api.get("/get_files/render?hash=" + hash + "&render_format=83").body())
                    .frames()).extracting(AnimationFiles.WebpFrame::durationMs).containsExactly(30, 60, 1000);

            notes.put("notes", Map.of("ugoira json", "{\"frames\": [{\"file\": \"000000.png\", \"delay\": 15}]}"));
            KeyedApiClient.ok(api.post("/add_notes/set_notes", notes));
            assertThat(AnimationFiles.apng(api.get("/get_files/render?hash=" + hash).body()).controls())
                    .as("the frame data note comes first; frames past it take 125 ms")
                    .extracting(AnimationFiles.ApngFrame::delayMs).containsExactly(15.0, 125.0, 125.0);
        }
    }

    @Test
    void transparentFramesKeepTheirAlpha() throws Exception {
        List<BufferedImage> frames = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(0, 0, 255, 255));
            g.fillRect(i * 20, 0, 20, H);
            g.dispose();
            frames.add(image);
        }
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String hash = upload(api, ugoira(frames, List.of(100, 100)));
            RawHttp.Response r = api.get("/get_files/render?hash=" + hash);
            assertThat(AnimationFiles.apng(r.body()).colourType()).as("RGBA").isEqualTo(6);
            List<int[]> shown = AnimationFiles.apngPixels(r.body(), dir);
            assertThat(shown.get(0)).isEqualTo(AnimationFiles.argb(frames.get(0)));
            assertThat(shown.get(1)).isEqualTo(AnimationFiles.argb(frames.get(1)));

            AnimationFiles.Webp webp = AnimationFiles.webp(
                    api.get("/get_files/render?hash=" + hash + "&render_format=83&render_quality=200").body());
            List<int[]> webpShown = AnimationFiles.webpPixels(webp);
            for (int i = 0; i < 2; i++) {
                int[] expected = AnimationFiles.argb(frames.get(i));
                for (int p = 0; p < expected.length; p++) {
                    int want = expected[p];
                    int got = webpShown.get(i)[p];
                    if (want >>> 24 == 0) {
                        assertThat(got >>> 24).as("frame %d pixel %d transparent", i, p).isZero();
                    } else {
                        assertThat(got).as("frame %d pixel %d", i, p).isEqualTo(want);
                    }
                }
            }
        }
    }

    @Test
    void aSingleFrameIsAPlainPngOrAStillWebp() throws Exception {
        BufferedImage frame = movingSquare().get(0);
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String hash = upload(api, ugoira(List.of(frame), List.of(500)));
            RawHttp.Response png = api.get("/get_files/render?hash=" + hash);
            assertThat(png.header("Content-Type")).isEqualTo("image/apng");
            AnimationFiles.Apng header = AnimationFiles.apng(png.body());
            assertThat(header.frames()).as("no acTL").isEqualTo(-1);
            assertThat(header.controls()).isEmpty();
            assertThat(AnimationFiles.argb(ImageIO.read(new java.io.ByteArrayInputStream(png.body()))))
                    .isEqualTo(AnimationFiles.argb(frame));
            RawHttp.Response webp = api.get("/get_files/render?hash=" + hash + "&render_format=83&render_quality=101");
            assertThat(AnimationFiles.webp(webp.body()).animated()).isFalse();
            assertThat(AnimationFiles.argb(AnimationFiles.decodeStillWebp(webp.body())))
                    .isEqualTo(AnimationFiles.argb(frame));
        }
    }

    @Test
    void wrongFormatsAreHydrusBadRequestsAndSizesAreIgnoredForUgoiras() throws Exception {
        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String ugoira = upload(api, ugoira(movingSquare(), List.of(40, 50, 60, 70)));
            String still = upload(api, TestImages.png(20, 10, 7));
            for (String format : List.of("1", "2", "33", "0", "99", "74")) {
                assertBadRequest(api.get("/get_files/render?hash=" + ugoira + "&render_format=" + format),
                        "Invalid render format!");
            }
            for (String format : List.of("23", "83")) {
                assertBadRequest(api.get("/get_files/render?hash=" + still + "&render_format=" + format),
                        "Invalid render format!");
            }
            assertBadRequest(api.get("/get_files/render?hash=" + still + "&width=0&height=5"),
                    "Width must be greater than 0!");
            assertBadRequest(api.get("/get_files/render?hash=" + still + "&width=5&height=-1"),
                    "Height must be greater than 0!");
            assertBadRequest(api.get("/get_files/render?hash=" + ugoira + "&width=abc&height=5"), null);

            RawHttp.Response sized = api.get("/get_files/render?hash=" + ugoira + "&width=0&height=-3");
            assertThat(sized.status()).as("hydrus reads no size for a ugoira").isEqualTo(200);
            RawHttp.Response resized = api.get("/get_files/render?hash=" + ugoira + "&width=10&height=10&render_format=83");
            assertThat(resized.status()).isEqualTo(200);
            AnimationFiles.Webp webp = AnimationFiles.webp(resized.body());
            assertThat(webp.width() + "x" + webp.height()).as("never resized").isEqualTo(W + "x" + H);

            Map<String, byte[]> cbz = new LinkedHashMap<>();
            cbz.put("pages/a.png", TestImages.png(8, 8, 1));
            cbz.put("pages/b.png", TestImages.png(8, 8, 2));
            String comic = upload(api, zip(cbz));
            assertBadRequest(api.get("/get_files/render?hash=" + comic), "Requested file is not an image!");
        }
    }

    @Test
    void hostileUgoirasFailWithAServerErrorAndTheServerKeepsServing() throws Exception {
        Map<String, byte[]> bombs = new LinkedHashMap<>();
        bombs.put("000000.png", TestImages.pngDeclaring(100_000, 100_000));
        bombs.put("000001.png", TestImages.pngDeclaring(100_000, 100_000));

        Map<String, byte[]> inflating = new LinkedHashMap<>();
        inflating.put("000000.png", png(movingSquare().get(0)));
        inflating.put("000001.png", new byte[96 * 1024 * 1024]);
        inflating.put("000002.png", png(movingSquare().get(3)));

        // 400 frames of 2000 x 2000 from one small picture, named again and again by animation.json
        Map<String, byte[]> huge = new LinkedHashMap<>();
        BufferedImage big = new BufferedImage(2000, 2000, BufferedImage.TYPE_INT_RGB);
        huge.put("000000.png", png(big));
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 400; i++) {
            json.append(i == 0 ? "" : ",").append("{\"file\": \"000000.png\", \"delay\": 10}");
        }
        huge.put("animation.json", json.append("]").toString().getBytes(StandardCharsets.UTF_8));

        try (TestServer server = TestServer.start()) {
            KeyedApiClient api = new KeyedApiClient(server);
            String good = upload(api, ugoira(movingSquare(), List.of(40, 50, 60, 70)));
            Map<String, String> expected = Map.of(
                    upload(api, zip(bombs)), "Frame 0 (000000.png) of this ugoira could not be decoded: Image declares"
                            + " 100000x100000",
                    upload(api, zip(inflating)), "Frame 1 (000001.png) of this ugoira could not be decoded:"
                            + " '000001.png' is too large to read (100663296 bytes)",
                    upload(api, zip(huge)), "This ugoira is too large to render: 400 frames of 2000x2000 are"
                            + " 1600000000 pixels, more than the 1073741824 a render may decode.");
            for (Map.Entry<String, String> e : expected.entrySet()) {
                assertThat(metadata(api, e.getKey()).get("filetype_human").asText()).isEqualTo("ugoira");
                for (String format : List.of("23", "83")) {
                    RawHttp.Response r = api.get("/get_files/render?hash=" + e.getKey() + "&render_format=" + format);
                    assertThat(r.status()).as(r.text()).isEqualTo(500);
                    JsonNode error = KeyedApiClient.json(r);
                    assertThat(error.get("exception_type").asText()).isEqualTo("ServerException");
                    assertThat(error.get("status_code").asInt()).isEqualTo(500);
                    assertThat(error.get("error").asText())
                            .startsWith("The \"client api\" encountered an error it could not handle!\n\n" + e.getValue());
                }
                RawHttp.Response fine = api.get("/get_files/render?hash=" + good);
                assertThat(fine.status()).as("still serving").isEqualTo(200);
                assertThat(AnimationFiles.apng(fine.body()).frames()).isEqualTo(3);
            }
            assertThat(api.get("/api_version").status()).isEqualTo(200);
        }
    }

    private static void assertBadRequest(RawHttp.Response r, String message) throws IOException {
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        JsonNode error = KeyedApiClient.json(r);
        assertThat(error.get("exception_type").asText()).isEqualTo("BadRequestException");
        if (message != null) {
            assertThat(error.get("error").asText()).isEqualTo(message);
        }
    }

    private static boolean near(int argb, int rgb) {
        return Math.abs(((argb >> 16) & 0xFF) - ((rgb >> 16) & 0xFF)) <= 24
                && Math.abs(((argb >> 8) & 0xFF) - ((rgb >> 8) & 0xFF)) <= 24
                && Math.abs((argb & 0xFF) - (rgb & 0xFF)) <= 24;
    }

    private static String upload(KeyedApiClient api, byte[] bytes) throws Exception {
        JsonNode answer = KeyedApiClient.ok(api.upload("/add_files/add_file", bytes));
        assertThat(answer.get("status").asInt()).as(answer.toString()).isEqualTo(1);
        return answer.get("hash").asText();
    }

    private static JsonNode metadata(KeyedApiClient api, String hash) throws Exception {
        return KeyedApiClient.ok(api.get("/get_files/file_metadata?hash=" + hash)).get("metadata").get(0);
    }

    /** A ugoira of numbered PNG frames, with an {@code animation.json} of the delays unless they are null. */
    private static byte[] ugoira(List<BufferedImage> frames, List<Integer> delays) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        StringBuilder json = new StringBuilder("{\"frames\": [");
        for (int i = 0; i < frames.size(); i++) {
            String name = String.format("%06d.png", i);
            entries.put(name, png(frames.get(i)));
            if (delays != null) {
                json.append(i == 0 ? "" : ", ").append("{\"file\": \"").append(name).append("\", \"delay\": ")
                        .append(delays.get(i)).append("}");
            }
        }
        if (delays != null) {
            entries.put("animation.json", json.append("]}").toString().getBytes(StandardCharsets.UTF_8));
        }
        return zip(entries);
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
