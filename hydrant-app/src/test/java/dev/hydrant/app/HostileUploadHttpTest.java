package dev.hydrant.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile uploads through the API: each is answered quickly with hydrus's import status, and the server keeps
 * serving afterwards.
 */
class HostileUploadHttpTest {
    private static final Duration QUICKLY = Duration.ofSeconds(60);
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode upload(TestServer server, byte[] body) throws Exception {
        RawHttp.Response r = RawHttp.send(server.port(), "POST", "/add_files/add_file",
                Map.of("Hydrus-Client-API-Access-Key", TestServer.ACCESS_KEY, "Content-Type", "application/octet-stream"),
                body);
        assertThat(r.status()).isEqualTo(200);
        return json.readTree(r.body());
    }

    @Test
    void decompressionBombPngIsRefusedWithStatus4() throws Exception {
        try (TestServer server = TestServer.start()) {
            JsonNode answer = assertTimeoutPreemptively(QUICKLY, () -> upload(server, TestImages.pngDeclaring(100_000, 100_000)));
            assertThat(answer.get("status").asInt()).isEqualTo(4);
            assertThat(answer.get("note").asText()).contains("100000x100000");
            assertThat(answer.get("traceback").asText()).isNotEmpty();
            assertStillServing(server);
        }
    }

    @Test
    void truncatedMp4IsRefusedWithStatus4() throws Exception {
        Path media = dev.hydrant.conformance.SharedConformanceFiles.locate().media();
        byte[] full = Files.readAllBytes(media.resolve("mp4_h264_aac.mp4"));
        try (TestServer server = TestServer.start()) {
            JsonNode answer = assertTimeoutPreemptively(QUICKLY,
                    () -> upload(server, Arrays.copyOf(full, full.length / 3)));
            assertThat(answer.get("status").asInt()).isEqualTo(4);
            assertThat(answer.get("note").asText()).isNotEmpty();
            assertStillServing(server);
        }
    }

    /**
     * A zip that would expand to gigabytes: Hydrant, like hydrus, stores archives as they are and never expands
     * them, so it imports as a zip (status 1) in bounded time and memory.
     */
    @Test
    void zipBombIsStoredWithoutBeingExpanded() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int entry = 0; entry < 4; entry++) {
                zip.putNextEntry(new ZipEntry("zeros" + entry + ".bin"));
                for (int i = 0; i < 256; i++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
        }
        try (TestServer server = TestServer.start()) {
            JsonNode answer = assertTimeoutPreemptively(QUICKLY, () -> upload(server, bytes.toByteArray()));
            assertThat(answer.get("status").asInt()).isEqualTo(1);
            RawHttp.Response meta = RawHttp.get(server.port(), "/get_files/file_metadata?only_return_basic_information=true&hash="
                    + answer.get("hash").asText(), Map.of("Hydrus-Client-API-Access-Key", TestServer.ACCESS_KEY));
            assertThat(json.readTree(meta.body()).get("metadata").get(0).get("mime").asText()).isEqualTo("application/zip");
            assertStillServing(server);
        }
    }

    private static void assertStillServing(TestServer server) throws Exception {
        assertThat(RawHttp.get(server.port(), "/api_version", Map.of()).status()).isEqualTo(200);
    }

}
