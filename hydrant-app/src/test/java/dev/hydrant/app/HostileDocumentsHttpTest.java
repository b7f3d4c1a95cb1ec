package dev.hydrant.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile SVG, PDF, CBZ and ugoira uploads through the API. Hydrus imports these types whatever their
 * insides (status 1) and shows its fallback icon where it cannot draw them; each upload here ends in
 * bounded time, nothing outside the upload is read, and the server keeps serving.
 */
class HostileDocumentsHttpTest {
    private static final Duration QUICKLY = Duration.ofSeconds(60);
    private static final String PDF_ICON_BLURHASH = "UiLzXDMd00Mxm,$*xat78_-pxuWV%2bHNGae";
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void svgWithEntityExpansionAndExternalEntityImportsWithTheIcon() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
        String svg = "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY a 'aaaaaaaaaa'>"
                + "<!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'><!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'>"
                + "<!ENTITY d '&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;'><!ENTITY e '&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;'>"
                + "<!ENTITY f '&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;'><!ENTITY g '&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;'>"
                + "<!ENTITY x SYSTEM '" + secret.toUri() + "'>]>"
                + "<svg xmlns='http://www.w3.org/2000/svg' width='120' height='80'><text>&g;&x;</text></svg>";
        try (TestServer server = TestServer.start()) {
            JsonNode meta = importAndDescribe(server, svg.getBytes(StandardCharsets.UTF_8));
            assertThat(meta.get("mime").asText()).isEqualTo("image/svg+xml");
            assertThat(meta.get("width").asInt()).isEqualTo(120);
            BufferedImage thumb = thumbnail(server, meta);
            assertThat(thumb.getWidth() + "x" + thumb.getHeight()).isEqualTo("120x80");
            assertStillServing(server);
        }
    }

    @Test
    void svgThatExpandsIntoBillionsOfShapesStopsAndImportsWithTheIcon() throws Exception {
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' "
                + "xmlns:xlink='http://www.w3.org/1999/xlink' width='100' height='100'><defs>"
                + "<rect id='l0' width='1' height='1'/>");
        for (int level = 1; level <= 12; level++) {
            svg.append("<g id='l").append(level).append("'>");
            for (int i = 0; i < 10; i++) {
                svg.append("<use xlink:href='#l").append(level - 1).append("'/>");
            }
            svg.append("</g>");
        }
        svg.append("</defs><use xlink:href='#l12'/><image href='file:///etc/passwd' width='9' height='9'/></svg>");
        try (TestServer server = TestServer.start()) {
            JsonNode meta = importAndDescribe(server, svg.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(meta.get("mime").asText()).isEqualTo("image/svg+xml");
            BufferedImage thumb = thumbnail(server, meta);
            assertThat(thumb.getWidth() + "x" + thumb.getHeight()).isEqualTo("100x100");
            assertStillServing(server);
        }
    }

    @Test
    void brokenAndEncryptedPdfsImportWithThePdfIcon() throws Exception {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R /Encrypt 9 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        try (TestServer server = TestServer.start()) {
            JsonNode meta = importAndDescribe(server, broken);
            assertThat(meta.get("mime").asText()).isEqualTo("application/pdf");
            assertThat(meta.get("width").isNull()).isTrue();
            assertThat(meta.get("blurhash").asText()).isEqualTo(PDF_ICON_BLURHASH);
            BufferedImage thumb = thumbnail(server, meta);
            assertThat(thumb.getWidth() + "x" + thumb.getHeight()).isEqualTo("125x125");
            assertStillServing(server);
        }
    }

    @Test
    void comicWhoseCoverIsABombImportsWithoutASize() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("001.png", new byte[96 * 1024 * 1024]);
        entries.put("002.png", pngDeclaring(100_000, 100_000));
        try (TestServer server = TestServer.start()) {
            JsonNode meta = importAndDescribe(server, zip(entries));
            assertThat(meta.get("mime").asText()).isEqualTo("application/vnd.comicbook+zip");
            assertThat(meta.get("width").isNull()).isTrue();
            thumbnail(server, meta);
            assertStillServing(server);
        }
    }

    @Test
    void ugoiraOfDecompressionBombsImportsAtHydrusFallbackSize() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("000000.png", pngDeclaring(100_000, 100_000));
        entries.put("000001.png", pngDeclaring(100_000, 100_000));
        entries.put("../../../../tmp/000002.png", pngDeclaring(100_000, 100_000));
        try (TestServer server = TestServer.start()) {
            JsonNode meta = importAndDescribe(server, zip(entries));
            assertThat(meta.get("mime").asText()).as("a traversal name is not a frame name: a comic, as in hydrus")
                    .isEqualTo("application/vnd.comicbook+zip");
            assertThat(meta.get("width").isNull()).as("its cover is a bomb").isTrue();
            thumbnail(server, meta);
            assertStillServing(server);
        }
        entries.remove("../../../../tmp/000002.png");
        try (TestServer server = TestServer.start()) {
            JsonNode meta = importAndDescribe(server, zip(entries));
            assertThat(meta.get("filetype_human").asText()).isEqualTo("ugoira");
            assertThat(meta.get("width").asInt()).isEqualTo(100);
            assertThat(meta.get("height").asInt()).isEqualTo(100);
            assertThat(meta.get("num_frames").asInt()).isEqualTo(2);
            assertThat(meta.get("duration").isNull()).isTrue();
            BufferedImage thumb = thumbnail(server, meta);
            assertThat(thumb.getWidth() + "x" + thumb.getHeight()).isEqualTo("100x100");
            assertStillServing(server);
        }
    }

    private JsonNode importAndDescribe(TestServer server, byte[] body) throws Exception {
        JsonNode answer = assertTimeoutPreemptively(QUICKLY, () -> json.readTree(RawHttp.send(server.port(), "POST",
                "/add_files/add_file", Map.of("Hydrus-Client-API-Access-Key", TestServer.ACCESS_KEY,
                        "Content-Type", "application/octet-stream"), body).body()));
        assertThat(answer.get("status").asInt()).as(answer.toString()).isEqualTo(1);
        RawHttp.Response meta = RawHttp.get(server.port(), "/get_files/file_metadata?hash=" + answer.get("hash").asText(),
                Map.of("Hydrus-Client-API-Access-Key", TestServer.ACCESS_KEY));
        assertThat(meta.status()).isEqualTo(200);
        return json.readTree(meta.body()).get("metadata").get(0);
    }

    private static BufferedImage thumbnail(TestServer server, JsonNode meta) throws Exception {
        RawHttp.Response r = RawHttp.get(server.port(), "/get_files/thumbnail?hash=" + meta.get("hash").asText(),
                Map.of("Hydrus-Client-API-Access-Key", TestServer.ACCESS_KEY));
        assertThat(r.status()).isEqualTo(200);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(r.body()));
        assertThat(image).isNotNull();
        return image;
    }

    private static void assertStillServing(TestServer server) throws Exception {
        assertThat(RawHttp.get(server.port(), "/api_version", Map.of()).status()).isEqualTo(200);
    }

    private static byte[] zip(Map<String, byte[]> entries) throws Exception {
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

    /** A valid PNG signature and IHDR claiming the size, then a tiny IDAT and IEND. */
    private static byte[] pngDeclaring(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] {8, 2, 0, 0, 0}).array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typed = ByteBuffer.allocate(4 + data.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(data).array();
        CRC32 crc = new CRC32();
        crc.update(typed);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typed);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
