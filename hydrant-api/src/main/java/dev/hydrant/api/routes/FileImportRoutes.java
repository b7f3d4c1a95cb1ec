package dev.hydrant.api.routes;

import dev.hydrant.api.http.ApiRequest;
import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.Route;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileDomain;
import dev.hydrant.core.files.importing.FileImporter;
import dev.hydrant.core.files.importing.HashGenerator;
import dev.hydrant.core.files.importing.ImportResult;
import dev.hydrant.core.services.ServiceCatalog;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /add_files/add_file} and {@code /add_files/generate_hashes}: a raw upload or a {@code path}. */
public final class FileImportRoutes {
    private final FileImporter importer;
    private final HashGenerator hashes;
    private final ServiceCatalog catalog;

    public FileImportRoutes(FileImporter importer, HashGenerator hashes, ServiceCatalog catalog) {
        this.importer = importer;
        this.hashes = hashes;
        this.catalog = catalog;
    }

    public List<Route> routes() {
        return List.of(
                ClientApiSurface.route("/add_files/add_file", this::addFile),
                ClientApiSurface.route("/add_files/generate_hashes", this::generateHashes));
    }

    private ApiResponse addFile(ApiRequest r) throws IOException {
        ImportResult result;
        if (r.rawBody() != null) {
            result = importer.importUpload(r.rawBody().file(), destinations(r));
        } else {
            String path = r.args().requireString("path");
            FileImporter.checkedSource(path);
            boolean deleteAfter = r.args().getBoolean("delete_after_successful_import", false);
            result = importer.importPath(path, destinations(r), deleteAfter);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (result.traceback() != null) {
            body.put("traceback", result.traceback());
        }
        body.put("status", result.status().number());
        body.put("hash", result.sha256().hex());
        body.put("note", result.note());
        return ApiResponse.Json.ok(body);
    }

    private List<ByteKey> destinations(ApiRequest r) {
        FileDomain domain = FileDomainArgs.parse(r.args(), catalog, true, null);
        return domain == null ? List.of() : List.copyOf(domain.current());
    }

    private ApiResponse generateHashes(ApiRequest r) throws IOException {
        HashGenerator.GeneratedHashes generated = r.rawBody() != null ? hashes.generate(r.rawBody().file())
                : hashes.generate(r.args().requireString("path"));
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
