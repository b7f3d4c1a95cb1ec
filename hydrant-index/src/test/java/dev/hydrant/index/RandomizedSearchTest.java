package dev.hydrant.index;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.files.FileDomain;
import dev.hydrant.core.files.FileDomainMembership;
import dev.hydrant.core.files.FileLocations;
import dev.hydrant.core.files.FileRecord;
import dev.hydrant.core.files.FileRecordStore;
import dev.hydrant.core.files.FileState;
import dev.hydrant.core.files.FileType;
import dev.hydrant.core.files.MediaFlags;
import dev.hydrant.core.files.MediaProperties;
import dev.hydrant.core.search.FileSortType;
import dev.hydrant.core.search.SearchQuery;
import dev.hydrant.core.search.SearchTerms;
import dev.hydrant.core.search.predicate.FileNumber;
import dev.hydrant.core.search.predicate.FileNumberPredicate;
import dev.hydrant.core.search.predicate.FileSizePredicate;
import dev.hydrant.core.search.predicate.InboxPredicate;
import dev.hydrant.core.search.predicate.LimitPredicate;
import dev.hydrant.core.search.predicate.NamespacePredicate;
import dev.hydrant.core.search.predicate.NumberTest;
import dev.hydrant.core.search.predicate.Operator;
import dev.hydrant.core.search.predicate.OrPredicate;
import dev.hydrant.core.search.predicate.SearchPredicate;
import dev.hydrant.core.search.predicate.SizeUnit;
import dev.hydrant.core.search.predicate.TagPredicate;
import dev.hydrant.core.services.DefaultServices;
import dev.hydrant.core.services.ServiceCatalog;
import dev.hydrant.core.tags.MappingChange;
import dev.hydrant.core.tags.TagStatus;
import dev.hydrant.core.tags.TagViews;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of generated searches (tags, negations, OR groups, namespaces, column predicates, sorts, limits) run on
 * the {@link SearchEngine} and on a straightforward evaluation over the same files, requiring identical ordered
 * results.
 */
class RandomizedSearchTest {
    private static final ByteKey TAGS = DefaultServices.MY_TAGS;
    private static final ByteKey LOCAL = DefaultServices.COMBINED_LOCAL_FILE_DOMAINS;
    private static final ByteKey TRASH = DefaultServices.TRASH;
    private static final int FILES = 600;
    private static final String[] NS = {"", "", "series", "creator"};

    private record F(int id, long size, Integer width, Long duration, boolean inbox, long imported, boolean local,
                     Set<String> tags) {
    }

    @Test
    void indexAgreesWithAReferenceEvaluation() {
        SplittableRandom r = new SplittableRandom(42);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String ns = NS[i % NS.length];
            vocabulary.add(ns.isEmpty() ? "tag" + i : ns + ":tag" + i);
        }
        List<F> files = new ArrayList<>();
        for (int id = 1; id <= FILES; id++) {
            Set<String> tags = new HashSet<>();
            int n = r.nextInt(7);
            for (int k = 0; k < n; k++) {
                tags.add(vocabulary.get((int) Math.min(39, Math.abs(r.nextGaussian()) * 12)));
            }
            files.add(new F(id, 1 + r.nextInt(5000), r.nextInt(5) == 0 ? null : 1 + r.nextInt(300),
                    r.nextInt(3) == 0 ? (long) r.nextInt(10_000) : null, r.nextBoolean(),
                    1_000_000L + r.nextInt(50) * 1000L, r.nextInt(10) != 0, tags));
        }

        ServiceCatalog catalog = InMemoryCatalogs.withDefaults();
        FileDomainMembership membership = new FileDomainMembership();
        membership.load(domainStore(files));
        FileColumns columns = new FileColumns();
        columns.update(files.stream().map(RandomizedSearchTest::state).toList());
        TagWordIndex words = new TagWordIndex();
        int[] ids = new int[vocabulary.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i + 1;
        }
        words.addAll(ids, vocabulary.toArray(String[]::new));
        PostingMappingIndex postings = new PostingMappingIndex();
        List<MappingChange> changes = new ArrayList<>();
        for (int t = 0; t < vocabulary.size(); t++) {
            List<Long> with = new ArrayList<>();
            for (F f : files) {
                if (f.tags().contains(vocabulary.get(t))) {
                    with.add((long) f.id());
                }
            }
            if (!with.isEmpty()) {
                changes.add(MappingChange.added(TAGS, TagStatus.CURRENT, t + 1, with));
            }
        }
        postings.apply(changes);
        TagViews views = new TagViews(words, postings);
        SearchEngine engine = new SearchEngine(postings, views, membership, catalog, columns,
                Clock.fixed(java.time.Instant.ofEpochSecond(2_000_000), ZoneOffset.UTC), ZoneOffset.UTC,
                (hashes, type) -> Map.of(), MetadataIndexes.empty());

        FileSortType[] sorts = {FileSortType.IMPORT_TIME, FileSortType.FILE_SIZE, FileSortType.WIDTH,
                FileSortType.DURATION, FileSortType.NUM_TAGS, FileSortType.HASH};
        for (int q = 0; q < 3000; q++) {
            List<SearchPredicate> terms = new ArrayList<>();
            List<java.util.function.Predicate<F>> reference = new ArrayList<>();
            int n = 1 + r.nextInt(4);
            Long limit = null;
            for (int k = 0; k < n; k++) {
                addTerm(r, vocabulary, terms, reference);
            }
            if (r.nextInt(5) == 0) {
                limit = (long) r.nextInt(30);
                terms.add(new LimitPredicate(limit));
            }
            FileSortType sort = sorts[r.nextInt(sorts.length)];
            boolean asc = r.nextBoolean();
            int[] got = engine.search(new SearchQuery(new SearchTerms(terms), FileDomain.of(LOCAL), TAGS, true, true,
                    true, sort, asc));
            List<Integer> expected = expected(files, reference, sort, asc, columns, limit);
            assertThat(java.util.Arrays.stream(got).boxed().toList()).as("query %s sorted %s asc=%s", terms, sort, asc)
                    .isEqualTo(expected);
        }
    }

    private static void addTerm(SplittableRandom r, List<String> vocabulary, List<SearchPredicate> terms,
                                List<java.util.function.Predicate<F>> reference) {
        String tag = vocabulary.get((int) Math.min(39, Math.abs(r.nextGaussian()) * 12));
        switch (r.nextInt(8)) {
            case 0, 1 -> {
                terms.add(new TagPredicate(tag, true));
                reference.add(f -> f.tags().contains(tag));
            }
            case 2 -> {
                terms.add(new TagPredicate(tag, false));
                reference.add(f -> !f.tags().contains(tag));
            }
            case 3 -> {
                String other = vocabulary.get(r.nextInt(vocabulary.size()));
                terms.add(new OrPredicate(List.of(new TagPredicate(tag, true), new TagPredicate(other, false))));
                reference.add(f -> f.tags().contains(tag) || !f.tags().contains(other));
            }
            case 4 -> {
                String ns = NS[2 + r.nextInt(2)];
                boolean inclusive = r.nextBoolean();
                terms.add(new NamespacePredicate(ns, inclusive));
                reference.add(f -> f.tags().stream().anyMatch(t -> t.startsWith(ns + ":")) == inclusive);
            }
            case 5 -> {
                Operator[] ops = Operator.values();
                Operator op = ops[r.nextInt(ops.length)];
                if (r.nextBoolean()) {
                    NumberTest test = new NumberTest(op, r.nextInt(300));
                    terms.add(new FileNumberPredicate(FileNumber.WIDTH, test));
                    reference.add(f -> test.test(f.width() == null ? null : (long) f.width()));
                } else {
                    NumberTest test = new NumberTest(op, r.nextInt(3) == 0 ? 0 : r.nextInt(10_000));
                    terms.add(new FileNumberPredicate(FileNumber.DURATION, test));
                    reference.add(f -> test.test(f.duration()));
                }
            }
            case 6 -> {
                long kb = 1 + r.nextInt(4);
                terms.add(new FileSizePredicate(Operator.LESS, kb * 1024, kb, SizeUnit.KILOBYTES));
                reference.add(f -> f.size() < kb * 1024);
            }
            default -> {
                boolean inbox = r.nextBoolean();
                terms.add(new InboxPredicate(inbox));
                reference.add(f -> f.inbox() == inbox);
            }
        }
    }

    private static List<Integer> expected(List<F> files, List<java.util.function.Predicate<F>> reference,
                                          FileSortType sort, boolean asc, FileColumns columns, Long limit) {
        List<F> out = new ArrayList<>();
        for (F f : files) {
            if (f.local() && reference.stream().allMatch(p -> p.test(f))) {
                out.add(f);
            }
        }
        FileColumns.Data d = columns.data();
        Comparator<F> key = switch (sort) {
            case FILE_SIZE -> Comparator.comparingLong(F::size);
            case WIDTH -> Comparator.comparingLong(f -> f.width() == null ? Long.MIN_VALUE : f.width());
            case DURATION -> Comparator.comparingLong(f -> f.duration() == null ? Long.MIN_VALUE : f.duration());
            case NUM_TAGS -> Comparator.comparingInt(f -> f.tags().size());
            case HASH -> Comparator.comparing(f -> d.sha256(f.id()).hex());
            default -> Comparator.comparingLong(F::imported);
        };
        out.sort(asc ? key : key.reversed());
        List<Integer> ids = out.stream().map(F::id).toList();
        return limit == null ? ids : ids.subList(0, (int) Math.min(limit, ids.size()));
    }

    private static FileState state(F f) {
        byte[] sha = new byte[32];
        new SplittableRandom(f.id()).nextBytes(sha);
        MediaProperties media = new MediaProperties(f.width(), f.width() == null ? null : 10, f.duration(), null,
                null, false, MediaFlags.NONE, null, null);
        FileRecord record = new FileRecord(f.id(), ByteKey.of(sha), f.size(), FileType.fromMime("image/png")
                .orElseThrow(), null, media, null);
        FileLocations locations = new FileLocations(Map.of(f.local() ? LOCAL : TRASH, f.imported()), Map.of());
        return new FileState(f.id(), ByteKey.of(sha), record, locations, f.inbox(), null, null);
    }

    private static FileRecordStore domainStore(List<F> files) {
        return (FileRecordStore) Proxy.newProxyInstance(FileRecordStore.class.getClassLoader(),
                new Class<?>[]{FileRecordStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("forEachDomainEntry")) {
                        FileRecordStore.DomainVisitor v = (FileRecordStore.DomainVisitor) args[0];
                        for (F f : files) {
                            v.visit(f.local() ? LOCAL : TRASH, f.id(), false);
                        }
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

}
