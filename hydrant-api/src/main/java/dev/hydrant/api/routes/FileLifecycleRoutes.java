package dev.hydrant.api.routes;

import dev.hydrant.api.http.ApiRequest;
import dev.hydrant.api.http.ApiResponse;
import dev.hydrant.api.http.Route;
import dev.hydrant.core.files.FileDomain;
import dev.hydrant.core.files.FileLifecycle;
import dev.hydrant.core.files.FileSelection;
import dev.hydrant.core.services.ServiceCatalog;

import java.util.List;

/** Deleting, undeleting, archiving, clearing deletion records and copying files between local domains. */
public final class FileLifecycleRoutes {
    private final FileLifecycle lifecycle;
    private final ServiceCatalog catalog;

    public FileLifecycleRoutes(FileLifecycle lifecycle, ServiceCatalog catalog) {
        this.lifecycle = lifecycle;
        this.catalog = catalog;
    }

    public List<Route> routes() {
        return List.of(
                ClientApiSurface.route("/add_files/delete_files", this::delete),
                ClientApiSurface.route("/add_files/undelete_files", this::undelete),
                ClientApiSurface.route("/add_files/clear_file_deletion_record", r -> {
                    lifecycle.clearDeletionRecord(FileSelectorArgs.parse(r.args()));
                    return ApiResponse.empty();
                }),
                ClientApiSurface.route("/add_files/migrate_files", this::migrate),
                ClientApiSurface.route("/add_files/archive_files", r -> {
                    lifecycle.archive(FileSelectorArgs.parse(r.args()));
                    return ApiResponse.empty();
                }),
                ClientApiSurface.route("/add_files/unarchive_files", r -> {
                    lifecycle.unarchive(FileSelectorArgs.parse(r.args()));
                    return ApiResponse.empty();
                }));
    }

    private ApiResponse delete(ApiRequest r) {
        FileSelection files = FileSelectorArgs.parse(r.args());
        FileDomain domain = FileDomainArgs.parse(r.args(), catalog, false, FileLifecycle.DEFAULT_DOMAIN);
        String reason = r.args().getString("reason").orElse(null);
        lifecycle.delete(files, domain, reason);
        return ApiResponse.empty();
    }

    private ApiResponse undelete(ApiRequest r) {
        FileSelection files = FileSelectorArgs.parse(r.args());
        FileDomain domain = FileDomainArgs.parse(r.args(), catalog, false, FileLifecycle.DEFAULT_DOMAIN);
        lifecycle.undelete(files, domain);
        return ApiResponse.empty();
    }

    private ApiResponse migrate(ApiRequest r) {
        FileSelection files = FileSelectorArgs.parse(r.args());
        FileDomain destination = FileDomainArgs.parse(r.args(), catalog, true, null);
        lifecycle.migrate(files, destination);
        return ApiResponse.empty();
    }
}
