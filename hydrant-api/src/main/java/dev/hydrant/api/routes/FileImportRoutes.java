package dev.hydrant.api.routes;

import dev.hydrant.api.http.ApiRequest;
import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.Route;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileDomain;
import dev.hydrant.core.files.importing.FileImporter;
import dev.hydrant.core.files.importing.ImportResult;
import dev.hydrant.core.services.ServiceCatalog;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /add_files/add_file}: a raw upload or a {@code path}, into the default or the named local domains. */
public final class FileImportRoutes {
    private final FileImporter importer;
    private final ServiceCatalog catalog;

    public FileImportRoutes(FileImporter importer, ServiceCatalog catalog) {
        this.importer = importer;
        this.catalog = catalog;
    }

    public List<Route> routes() {
        return List.of(ClientApiSurface.route("/add_files/add_file", this::addFile));
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
}
