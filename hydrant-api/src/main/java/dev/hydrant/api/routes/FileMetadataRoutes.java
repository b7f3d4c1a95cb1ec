package dev.hydrant.api.routes;

import dev.hydrant.api.args.ApiArguments;
import dev.hydrant.api.http.ApiRequest;
import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.Route;
import dev.hydrant.core.files.FileSelection;
import dev.hydrant.core.metadata.FileMetadata;
import dev.hydrant.core.services.ServiceCatalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /get_files/file_metadata} in every mode of digest §8: arguments in, {@link FileMetadata} read, JSON out. */
public final class FileMetadataRoutes {
    private final FileMetadata fileMetadata;
    private final ServicesJson servicesJson;
    private final FileMetadataJson json;

    public FileMetadataRoutes(FileMetadata fileMetadata, ServiceCatalog catalog, ServicesJson servicesJson) {
        this.fileMetadata = fileMetadata;
        this.servicesJson = servicesJson;
        this.json = new FileMetadataJson(catalog);
    }

    public List<Route> routes() {
        return List.of(ClientApiSurface.route("/get_files/file_metadata", this::metadata));
    }

    private ApiResponse metadata(ApiRequest r) {
        ApiArguments args = r.args();
        FileSelection selection = FileSelectorArgs.parse(args);
        boolean createNewIds = args.getBoolean("create_new_file_ids", false);
        FileMetadataJson.Options options = new FileMetadataJson.Options(
                args.getBoolean("only_return_identifiers", false),
                args.getBoolean("only_return_basic_information", false),
                args.getBoolean("include_blurhash", false),
                args.getBoolean("include_notes", false),
                args.getBoolean("detailed_url_information", false),
                args.getBoolean("include_milliseconds", false),
                !args.getBoolean("hide_service_keys_tags", true));
        boolean includeServices = args.getBoolean("include_services_object", true);
        List<FileMetadata.FileDetails> files = fileMetadata.read(r.caller(), new FileMetadata.Request(selection,
                createNewIds, options.identifiersOnly() || options.basicOnly(), options.includeNotes(),
                options.detailedUrls()));
        List<Object> metadata = new ArrayList<>(files.size());
        for (FileMetadata.FileDetails file : files) {
            metadata.add(json.describe(file, options));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("metadata", metadata);
        if (includeServices) {
            servicesJson.addTo(body);
        }
        return ApiResponse.Json.ok(body);
    }
}
