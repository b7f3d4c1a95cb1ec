package dev.hydrant.api.routes;

import dev.hydrant.api.args.ApiArguments;
import dev.hydrant.api.args.ArgType;
import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileDomain;
import dev.hydrant.core.services.ServiceCatalog;

import java.util.ArrayList;
import java.util.List;

/**
 * The file-domain arguments (digest §4.3): {@code file_service_key(s)} and {@code deleted_file_service_key(s)},
 * plus the legacy {@code file_service_name}; checked by {@link FileDomain#resolve}.
 */
final class FileDomainArgs {
    private FileDomainArgs() {
    }

    /** @return the named domain, or {@code fallback} when the request names none */
    static FileDomain parse(ApiArguments args, ServiceCatalog catalog, boolean localOnly, FileDomain fallback) {
        List<ByteKey> current = new ArrayList<>();
        List<ByteKey> deleted = new ArrayList<>();
        args.getString("file_service_name").ifPresent(name -> current.add(catalog.getByName(name).key()));
        args.getKey("file_service_key").ifPresent(current::add);
        args.getList("file_service_keys", ArgType.BYTES).ifPresent(keys -> keys.forEach(k -> current.add((ByteKey) k)));
        args.getKey("deleted_file_service_key").ifPresent(deleted::add);
        args.getList("deleted_file_service_keys", ArgType.BYTES)
                .ifPresent(keys -> keys.forEach(k -> deleted.add((ByteKey) k)));
        return FileDomain.resolve(catalog, dedupe(current), dedupe(deleted), localOnly, fallback);
    }

    private static List<ByteKey> dedupe(List<ByteKey> keys) {
        return keys.stream().distinct().toList();
    }
}
