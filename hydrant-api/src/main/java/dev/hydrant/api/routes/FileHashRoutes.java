package dev.hydrant.api.routes;

import dev.hydrant.api.args.ArgType;
import dev.hydrant.api.http.ApiRequest;
import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.Route;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.files.FileQueries;
import dev.hydrant.core.files.HashType;
import dev.hydrant.core.files.importing.HashGenerator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /get_files/file_hashes} (translate between hash types) and {@code /add_files/generate_hashes}. */
public final class FileHashRoutes {
    private final FileQueries queries;
    private final HashGenerator generator;

    public FileHashRoutes(FileQueries queries, HashGenerator generator) {
        this.queries = queries;
        this.generator = generator;
    }

    public List<Route> routes() {
        return List.of(
                ClientApiSurface.route("/get_files/file_hashes", this::fileHashes),
                ClientApiSurface.route("/add_files/generate_hashes", this::generateHashes));
    }

    private ApiResponse fileHashes(ApiRequest r) {
        HashType source = hashType(r.args().getString("source_hash_type").orElse("sha256"));
        HashType desired = hashType(r.args().requireString("desired_hash_type"));
        List<ByteKey> hashes = new ArrayList<>();
        r.args().getKey("hash").ifPresent(hashes::add);
        r.args().getList("hashes", ArgType.BYTES).ifPresent(list -> list.forEach(h -> hashes.add((ByteKey) h)));
        if (hashes.isEmpty()) {
            throw ApiException.badRequest("You have to specify a hash to look up!");
        }
        hashes.forEach(h -> FileSelectorArgs.checkLength(h, source));
        Map<String, Object> translated = new LinkedHashMap<>();
        queries.translateHashes(hashes, source, desired).forEach((from, to) -> translated.put(from.hex(), to.hex()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("hashes", translated);
        return ApiResponse.Json.ok(body);
    }

    private static HashType hashType(String name) {
        return HashType.byApiName(name).orElseThrow(() -> ApiException.badRequest("I do not support that hash type!"));
    }

    private ApiResponse generateHashes(ApiRequest r) throws IOException {
        HashGenerator.GeneratedHashes generated = r.rawBody() != null ? generator.generate(r.rawBody().file())
                : generator.generate(r.args().requireString("path"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("hash", generated.sha256().hex());
        if (!generated.perceptualHashes().isEmpty()) {
            body.put("perceptual_hashes", generated.perceptualHashes().stream().map(ByteKey::hex).toList());
        }
        if (generated.pixelHash() != null) {
            body.put("pixel_hash", generated.pixelHash().hex());
        }
        return ApiResponse.Json.ok(body);
    }
}
