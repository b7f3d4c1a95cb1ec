package dev.hydrant.index;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileDomain;
import dev.hydrant.core.files.FileDomainMembership;
import dev.hydrant.core.files.HashType;
import dev.hydrant.core.search.FileSetStats;
import dev.hydrant.core.search.FileSortType;
import dev.hydrant.core.search.SearchIndex;
import dev.hydrant.core.search.SearchQuery;
import dev.hydrant.core.search.predicate.LimitPredicate;
import dev.hydrant.core.search.predicate.NamespacePredicate;
import dev.hydrant.core.search.predicate.OrPredicate;
import dev.hydrant.core.search.predicate.SearchPredicate;
import dev.hydrant.core.search.predicate.SystemPredicate;
import dev.hydrant.core.search.predicate.TagPredicate;
import dev.hydrant.core.search.predicate.WildcardPredicate;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.services.ServiceType;
import dev.hydrant.core.tags.TagViews;
import org.roaringbitmap.RoaringBitmap;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The file search engine: evaluates a {@link SearchQuery} on Roaring bitmaps and columns, never SQL.
 *
 * <p>Plan: the domain gives the universe; every term becomes a {@link Term}; the sets files must be in are
 * intersected smallest first (posting sizes are exact), then the sets they must avoid are subtracted, the result is
 * intersected with the universe, and only then are the column tests probed, file by file, over what is left. OR
 * groups are evaluated as the union of their alternatives within the universe. Finally the result is sorted from
 * the columns and {@code system:limit} keeps its first files.
 */
public final class SearchEngine implements SearchIndex {
    private final TagSets tagSets;
    private final DomainBitmaps domains;
    private final ServiceCatalog services;
    private final FileColumns columns;
    private final Clock clock;
    private final ZoneId zone;
    private final BiFunction<List<ByteKey>, HashType, Map<ByteKey, ByteKey>> translate;
    private final NoteNames notes;
    private final RatingTerms ratings;
    private final UrlSearchIndex urls;
    private final TimeColumns times;
    private final SimilarFilesIndex similar;

    /**
     * @param translate hashes of another type → sha256, for {@code system:hash (md5) = ...} (a point lookup of the
     *                  predicate's own hashes, done once per search)
     * @param metadata  the notes, ratings and other per-file families, for their predicates
     */
    public SearchEngine(PostingMappingIndex postings, TagViews views, FileDomainMembership membership,
                        ServiceCatalog services, FileColumns columns, Clock clock, ZoneId zone,
                        BiFunction<List<ByteKey>, HashType, Map<ByteKey, ByteKey>> translate,
                        MetadataIndexes metadata) {
        this.tagSets = new TagSets(postings, views, services);
        this.domains = new DomainBitmaps(membership);
        this.services = services;
        this.columns = columns;
        this.clock = clock;
        this.zone = zone;
        this.translate = translate;
        this.notes = metadata.notes();
        this.ratings = new RatingTerms(metadata.ratings(), services);
        this.urls = metadata.urls();
        this.times = metadata.times();
        this.similar = metadata.similar();
    }

    public FileColumns columns() {
        return columns;
    }

    @Override
    public int[] search(SearchQuery q) {
        Evaluation e = evaluate(q);
        int[] ids = e.files.toArray();
        int[] counts = q.sort() == FileSortType.NUM_TAGS ? tagSets.counts(e.context, null, e.data.capacity) : null;
        ResultOrder.sort(ids, e.data, q.sort(), q.ascending(), counts, times);
        if (e.limit >= 0 && e.limit < ids.length) {
            ids = java.util.Arrays.copyOf(ids, (int) e.limit);
        }
        return ids;
    }

    @Override
    public List<ByteKey> sha256s(int[] fileIds) {
        FileColumns.Data d = columns.data();
        List<ByteKey> out = new ArrayList<>(fileIds.length);
        for (int id : fileIds) {
            out.add(id >= 0 && id < d.capacity ? d.sha256(id) : null);
        }
        return out;
    }

    @Override
    public FileSetStats stats(SearchQuery q) {
        Evaluation e = evaluate(q);
        FileColumns.Data d = e.data;
        long[] totals = new long[5];
        long[] earliest = {Long.MAX_VALUE};
        e.files.forEach((int id) -> {
            long size = Math.max(0, d.size[id]);
            if (d.inbox(id)) {
                totals[0]++;
                totals[1] += size;
            } else {
                totals[2]++;
                totals[3] += size;
            }
            long t = d.importedMs[id];
            if (t != FileColumns.NULL_LONG && t < earliest[0]) {
                earliest[0] = t;
            }
        });
        Long numDeleted = null;
        Long sizeDeleted = null;
        if (keepsDeletions(q.domain())) {
            RoaringBitmap deleted = new RoaringBitmap();
            for (ByteKey key : q.domain().current()) {
                deleted.or(domains.deleted(key));
            }
            deleted.andNot(universe(q, e.context));
            long[] del = new long[2];
            deleted.forEach((int id) -> {
                del[0]++;
                del[1] += id < d.capacity ? Math.max(0, d.size[id]) : 0;
            });
            numDeleted = del[0];
            sizeDeleted = del[1];
        }
        long[] viewing = viewingTotals(e.files);
        return new FileSetStats(totals[0], totals[2], totals[1], totals[3], numDeleted, sizeDeleted,
                earliest[0] == Long.MAX_VALUE ? null : earliest[0], viewing[0], viewing[1] / 1000.0, viewing[2],
                viewing[3] / 1000.0, 0, 0, 0);
    }

    /** Media viewer views and viewtime (ms), preview views and viewtime (ms) summed over {@code files}. */
    private long[] viewingTotals(RoaringBitmap files) {
        long[] out = new long[4];
        times.forEachViewing((id, v) -> {
            if (files.contains(id)) {
                out[0] += v.views(dev.hydrant.core.files.CanvasType.MEDIA_VIEWER);
                out[1] += v.viewtimeMs(dev.hydrant.core.files.CanvasType.MEDIA_VIEWER);
                out[2] += v.views(dev.hydrant.core.files.CanvasType.PREVIEW);
                out[3] += v.viewtimeMs(dev.hydrant.core.files.CanvasType.PREVIEW);
            }
        });
        return out;
    }

    /** Whether the domain's services record deletions (not the trash, not a deleted-files domain). */
    private boolean keepsDeletions(FileDomain domain) {
        if (!domain.deleted().isEmpty() || domain.current().isEmpty()) {
            return false;
        }
        for (ByteKey key : domain.current()) {
            ServiceType type = services.find(key).map(Service::type).orElse(null);
            if (type == ServiceType.LOCAL_FILE_TRASH_DOMAIN || type == ServiceType.COMBINED_DELETED_FILE
                    || type == ServiceType.COMBINED_FILE) {
                return false;
            }
        }
        return true;
    }

    private record Evaluation(RoaringBitmap files, FileColumns.Data data, TagSets.Context context, long limit) {
    }

    private Evaluation evaluate(SearchQuery q) {
        FileColumns.Data d = columns.data();
        TagSets.Context context = tagSets.context(q);
        RoaringBitmap universe = universe(q, context);
        SystemTerms system = new SystemTerms(d, tagSets, context, domains, clock.millis(), zone, translate,
                columns::idOf, notes, ratings, new UrlTerms(urls), times, similar);
        long limit = -1;
        List<Term> terms = new ArrayList<>();
        for (SearchPredicate p : q.terms().predicates()) {
            if (p instanceof LimitPredicate l) {
                limit = limit < 0 ? l.limit() : Math.min(limit, l.limit());
            }
            terms.add(term(p, system, context, universe));
        }
        return new Evaluation(combine(terms, universe), d, context, limit);
    }

    private Term term(SearchPredicate p, SystemTerms system, TagSets.Context context, RoaringBitmap universe) {
        return switch (p) {
            case TagPredicate t -> included(tagSets.tag(t.tag(), context), t.inclusive());
            case WildcardPredicate w -> included(tagSets.wildcard(w.pattern(), context), w.inclusive());
            case NamespacePredicate n -> included(tagSets.namespace(n.namespace(), context), n.inclusive());
            case OrPredicate or -> {
                RoaringBitmap union = new RoaringBitmap();
                for (SearchPredicate alternative : or.alternatives()) {
                    union.or(Term.within(term(alternative, system, context, universe), universe));
                }
                yield new Term.Include(union);
            }
            case SystemPredicate s -> system.term(s);
        };
    }

    private static Term included(RoaringBitmap files, boolean inclusive) {
        return inclusive ? new Term.Include(files) : new Term.Exclude(files);
    }

    /** Sets smallest first, then subtractions, then the universe, then column probes. */
    private static RoaringBitmap combine(List<Term> terms, RoaringBitmap universe) {
        List<RoaringBitmap> include = new ArrayList<>();
        List<RoaringBitmap> exclude = new ArrayList<>();
        List<java.util.function.IntPredicate> filters = new ArrayList<>();
        for (Term t : terms) {
            switch (t) {
                case Term.Include i -> include.add(i.files());
                case Term.Exclude e -> exclude.add(e.files());
                case Term.Filter f -> filters.add(f.test());
                case Term.All a -> {
                }
            }
        }
        include.sort(Comparator.comparingLong(RoaringBitmap::getLongCardinality));
        RoaringBitmap result;
        if (include.isEmpty()) {
            result = universe.clone();
        } else {
            result = RoaringBitmap.and(include.get(0), universe);
            for (int i = 1; i < include.size() && !result.isEmpty(); i++) {
                result.and(include.get(i));
            }
        }
        for (RoaringBitmap e : exclude) {
            if (result.isEmpty()) {
                break;
            }
            result.andNot(e);
        }
        if (!filters.isEmpty() && !result.isEmpty()) {
            java.util.function.IntPredicate all = filters.get(0);
            for (int i = 1; i < filters.size(); i++) {
                all = all.and(filters.get(i));
            }
            result = Term.filter(result, all);
        }
        return result;
    }

    /**
     * The files of the domain: current files of its services and files deleted from its deleted services. "All
     * known files" (only searchable with one tag service) is every file with a tag in the searched context.
     */
    private RoaringBitmap universe(SearchQuery q, TagSets.Context context) {
        FileDomain domain = q.domain();
        RoaringBitmap universe = new RoaringBitmap();
        for (ByteKey key : domain.current()) {
            ServiceType type = services.find(key).map(Service::type).orElse(null);
            if (type == ServiceType.COMBINED_FILE) {
                universe.or(tagSets.anyTag(context));
            } else if (type == ServiceType.COMBINED_DELETED_FILE) {
                universe.or(domains.deletedAnywhere());
            } else {
                universe.or(domains.current(key));
            }
        }
        for (ByteKey key : domain.deleted()) {
            universe.or(domains.deleted(key));
        }
        return universe;
    }
}
