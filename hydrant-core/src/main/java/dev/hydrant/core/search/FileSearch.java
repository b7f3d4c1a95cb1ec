package dev.hydrant.core.search;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.access.AccessKey;
import dev.hydrant.core.access.SearchPermits;
import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.files.FileDomain;
import dev.hydrant.core.search.parse.SystemPredicateParser;
import dev.hydrant.core.services.DefaultServices;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The file search use case behind {@code /get_files/search_files} and {@code /manage_database/mr_bones}: checks the
 * arguments in hydrus's order, applies the tag-restricted key rules of digest §3.4 while reading the terms, asks the
 * {@link SearchIndex}, and remembers a restricted key's results ({@link SearchPermits}).
 */
public final class FileSearch {
    /** The default file domain of searches: combined local file domains. */
    public static final FileDomain DEFAULT_DOMAIN = FileDomain.of(DefaultServices.COMBINED_LOCAL_FILE_DOMAINS);

    private final SearchIndex index;
    private final ServiceCatalog services;
    private final SearchPermits permits;
    private final Clock clock;
    private final Function<String, Optional<String>> urlClassNames;

    /**
     * @param urlClassNames the URL class called a name (ignoring case), for {@code system:has url with class}
     */
    public FileSearch(SearchIndex index, ServiceCatalog services, SearchPermits permits, Clock clock,
                      Function<String, Optional<String>> urlClassNames) {
        this.index = Objects.requireNonNull(index, "index");
        this.services = Objects.requireNonNull(services, "services");
        this.permits = Objects.requireNonNull(permits, "permits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.urlClassNames = Objects.requireNonNull(urlClassNames, "urlClassNames");
    }

    /** What a request asks for, before checking. {@code tags} is the decoded argument, or null when absent. */
    public record Request(Object tags, FileDomain domain, ByteKey tagService, boolean current, boolean pending,
                          Long sortType, Boolean ascending) {
    }

    /**
     * Hydrus's {@code ParseTagServiceKey} check: the key must name a tag service (all known tags included).
     *
     * @throws ApiException 400 otherwise
     */
    public Service tagService(ByteKey key) {
        Service service = services.find(key).orElseThrow(() -> ApiException.badRequest(
                "Could not find the tag service \"" + key.hex() + "\"!"));
        if (!ServiceType.TAG_SERVICES.contains(service.type())) {
            throw ApiException.badRequest("Sorry, the service key \"" + key.hex() + "\" did not give a tag service!");
        }
        return service;
    }

    /**
     * What {@code search_files} found.
     *
     * @param searched false when the request had no terms at all (hydrus then answers only an empty
     *                 {@code file_ids}, whatever was asked for)
     */
    public record Found(int[] fileIds, boolean searched) {
    }

    /**
     * {@code search_files}: the matching file ids in order; nothing (without any permission check) when the request
     * has no tags.
     */
    public Found find(AccessKey caller, Request request) {
        checkDomains(request);
        SearchTerms terms = read(caller, request.tags());
        FileSortType sort = request.sortType() == null ? FileSortType.DEFAULT
                : FileSortType.fromNumber(request.sortType());
        if (terms.isEmpty()) {
            return new Found(new int[0], false);
        }
        return new Found(search(caller, terms, request, sort), true);
    }

    /** {@link #find}'s file ids. */
    public int[] search(AccessKey caller, Request request) {
        return find(caller, request).fileIds();
    }

    private int[] search(AccessKey caller, SearchTerms terms, Request request, FileSortType sort) {
        boolean ascending = request.ascending() == null || request.ascending();
        int[] ids = index.search(query(terms, request, sort, ascending));
        if (caller != null && !caller.canSeeAllFiles()) {
            List<Long> list = new java.util.ArrayList<>(ids.length);
            for (int id : ids) {
                list.add((long) id);
            }
            permits.remember(caller, list);
        }
        return ids;
    }

    /** The sha256 of each file id, in order (for {@code return_hashes}). */
    public List<ByteKey> sha256s(int[] fileIds) {
        return index.sha256s(fileIds);
    }

    /** {@code mr_bones}: the counts over the files the tags find; no tags means every file of the domain. */
    public FileSetStats stats(AccessKey caller, Request request) {
        checkDomains(request);
        SearchTerms terms = read(caller, request.tags());
        if (terms.isEmpty()) {
            // every file of the domain: only for keys that may see all files
            if (caller != null && !caller.canSeeAllFiles()) {
                throw seeAllFiles();
            }
            terms = new SearchTerms(List.of(new dev.hydrant.core.search.predicate.EverythingPredicate()));
        }
        return index.stats(query(terms, request, FileSortType.DEFAULT, true));
    }

    private static SearchQuery query(SearchTerms terms, Request request, FileSortType sort, boolean ascending) {
        return new SearchQuery(terms, request.domain(), request.tagService(), request.current(), request.pending(),
                true, sort, ascending);
    }

    private void checkDomains(Request request) {
        if (request.tagService().equals(DefaultServices.ALL_KNOWN_TAGS) && isAllKnownFiles(request.domain())) {
            throw ApiException.badRequest("Sorry, search for all known tags over all known files is not supported!");
        }
    }

    private static boolean isAllKnownFiles(FileDomain domain) {
        return domain.deleted().isEmpty() && domain.current().size() == 1
                && domain.current().contains(DefaultServices.ALL_KNOWN_FILES);
    }

    private SearchTerms read(AccessKey caller, Object tags) {
        if (tags == null) {
            return new SearchTerms(List.of());
        }
        if (tags instanceof List<?> list && list.isEmpty()) {
            return new SearchTerms(List.of());
        }
        ServiceDirectory base = ServiceDirectory.of(services.all());
        ServiceDirectory directory = new ServiceDirectory() {
            @Override
            public Optional<Service> findService(String name, java.util.Set<ServiceType> types) {
                return base.findService(name, types);
            }

            @Override
            public Optional<String> findUrlClass(String name) {
                return urlClassNames.apply(name);
            }
        };
        SearchTermsReader reader = new SearchTermsReader(new SystemPredicateParser(clock),
                new PredicateResolver(directory));
        SearchTerms terms = reader.read(tags, permissionCheck(caller));
        if (caller != null && !caller.canSeeAllFiles() && !terms.isEmpty() && !terms.hasInclusiveTag()) {
            throw seeAllFiles();
        }
        return terms;
    }

    /** Digest §3.4: what a tag-restricted key may search for. */
    private static SearchTermsReader.PermissionCheck permissionCheck(AccessKey caller) {
        if (caller == null || caller.canSeeAllFiles()) {
            return SearchTermsReader.PermissionCheck.NONE;
        }
        return (positive, negated, system, orGroups) -> {
            if (positive.isEmpty()) {
                if (negated || system || orGroups) {
                    throw seeAllFiles();
                }
                return;
            }
            if (positive.stream().noneMatch(caller.searchTagFilter()::allows)) {
                throw ApiException.forbidden("You do not have permission to do this search. Your tag search "
                        + "permissions are: " + caller.searchTagFilter().toPermittedString());
            }
        };
    }

    private static ApiException seeAllFiles() {
        return ApiException.forbidden("You do not have permission to see all files, so you cannot do this.");
    }
}
