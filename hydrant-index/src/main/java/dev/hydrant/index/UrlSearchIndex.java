package dev.hydrant.index;

import dev.hydrant.core.error.ApiException;
import dev.hydrant.core.urls.DomainMask;
import dev.hydrant.core.urls.PythonRegex;
import dev.hydrant.core.urls.UrlClass;
import dev.hydrant.core.urls.UrlClassCatalog;
import dev.hydrant.core.urls.known.UrlMapping;
import dev.hydrant.core.urls.known.UrlMappingIndex;
import org.roaringbitmap.RoaringBitmap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The known URLs of files, in memory, for the URL system predicates: URL → files, domain → URLs (so a domain and
 * its subdomains, or a URL class's domains, are found without scanning every URL), and per file its number of URLs.
 * Filled from the store when the library opens ({@link #load}), then changed only by {@link #changed} after each
 * commit.
 *
 * <p>Layout (dense URL ids from {@link UrlTexts}): {@code urlDomain[url]} is the domain id; {@code urlFile[url]} is
 * the URL's only file, {@link #NO_FILE}, or {@link #MANY_FILES} with the sorted files in {@code manyFiles} (most
 * URLs belong to one file); {@code domainUrls[domain]} lists the domain's URL ids; {@code counts[file]} is the
 * file's number of URLs. Readers hold the read lock while they compute a bitmap; results of the costlier queries
 * (domains, URL classes, regexes) are cached until the next change. Bitmaps handed out are never modified.
 */
public final class UrlSearchIndex implements UrlMappingIndex {
    private static final int NO_FILE = -1;
    private static final int MANY_FILES = -2;
    private static final int CACHE_LIMIT = 256;

    private final UrlClassCatalog catalog;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final UrlTexts texts = new UrlTexts();
    private int[] urlDomain = new int[64];
    private int[] urlFile = new int[64];
    private final Map<Integer, int[]> manyFiles = new HashMap<>();
    private final Map<String, Integer> domainIds = new HashMap<>();
    private final List<String> domains = new ArrayList<>();
    private final List<IntList> domainUrls = new ArrayList<>();
    private volatile int[] counts = new int[64];
    private final Map<String, RoaringBitmap> cache = new ConcurrentHashMap<>();

    /** @param catalog the URL classes {@code system:has a url with class} names */
    public UrlSearchIndex(UrlClassCatalog catalog) {
        this.catalog = catalog;
    }

    /** Adds one stored row while the library opens (before any search runs). */
    public void load(UrlMapping mapping) {
        lock.writeLock().lock();
        try {
            add(mapping);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void changed(List<UrlMapping> added, List<UrlMapping> removed) {
        lock.writeLock().lock();
        try {
            added.forEach(this::add);
            removed.forEach(this::remove);
            cache.clear();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** How many distinct URL texts are known. */
    public int urlCount() {
        lock.readLock().lock();
        try {
            return texts.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The files with exactly this URL text. */
    public RoaringBitmap filesWithUrl(String url) {
        lock.readLock().lock();
        try {
            RoaringBitmap out = new RoaringBitmap();
            int id = texts.idOf(url);
            if (id >= 0) {
                addFiles(id, out);
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The files with a URL on this domain or any subdomain of it ({@link DomainMask#withSubdomains}); the domain is
     * compared with the recorded netloc as it is (case and port included).
     */
    public RoaringBitmap filesWithDomain(String domain) {
        DomainMask mask = DomainMask.withSubdomains(domain);
        return cached("domain:" + domain, () -> filesOfDomains(mask::matches, url -> true));
    }

    /** The files with a URL that the named URL class matches (hydrus tests every URL of the class's domains). */
    public RoaringBitmap filesWithUrlClass(String className) {
        Optional<UrlClass> found = catalog.byName(className);
        if (found.isEmpty()) {
            return new RoaringBitmap();
        }
        UrlClass urlClass = found.get();
        return cached("class:" + urlClass.name(),
                () -> filesOfDomains(urlClass.domainMask()::matches, id -> urlClass.matches(texts.text(id))));
    }

    /**
     * The files with a URL in which the regex (Python syntax, as {@code re.search}) matches somewhere.
     *
     * @throws ApiException 400 when the pattern needs more than {@link BoundedRegex#READS_PER_TEXT} character reads
     *                      on one URL
     */
    public RoaringBitmap filesMatching(String regex) {
        Pattern pattern;
        try {
            pattern = PythonRegex.compile(regex);
        } catch (PatternSyntaxException e) {
            return new RoaringBitmap();
        }
        BoundedRegex bounded = new BoundedRegex(pattern, BoundedRegex.READS_PER_TEXT);
        return cached("regex:" + regex, () -> {
            RoaringBitmap out = new RoaringBitmap();
            for (int id = 0; id < texts.size(); id++) {
                if (urlFile[id] == NO_FILE) {
                    continue;
                }
                String text = texts.text(id);
                boolean found;
                try {
                    found = bounded.find(text);
                } catch (BoundedRegex.TooExpensive e) {
                    throw ApiException.badRequest("The regex \"" + regex + "\" needs too much work to search the URL \""
                            + text + "\"; please simplify it.");
                }
                if (found) {
                    addFiles(id, out);
                }
            }
            return out;
        });
    }

    /**
     * Per file id, its number of URLs (files past the end have none). The array is the live one: read it, never
     * write it.
     */
    public int[] urlCounts() {
        return counts;
    }

    private interface Query {
        RoaringBitmap run();
    }

    private RoaringBitmap cached(String key, Query query) {
        lock.readLock().lock();
        try {
            RoaringBitmap hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
            RoaringBitmap result = query.run();
            result.runOptimize();
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(key, result);
            return result;
        } finally {
            lock.readLock().unlock();
        }
    }

    private RoaringBitmap filesOfDomains(java.util.function.Predicate<String> domainTest, IntPredicate urlTest) {
        RoaringBitmap out = new RoaringBitmap();
        for (int d = 0; d < domains.size(); d++) {
            if (!domainTest.test(domains.get(d))) {
                continue;
            }
            IntList urls = domainUrls.get(d);
            for (int i = 0; i < urls.size; i++) {
                int id = urls.values[i];
                if (urlFile[id] != NO_FILE && urlTest.test(id)) {
                    addFiles(id, out);
                }
            }
        }
        return out;
    }

    private void addFiles(int id, RoaringBitmap out) {
        int file = urlFile[id];
        if (file >= 0) {
            out.add(file);
        } else if (file == MANY_FILES) {
            out.add(manyFiles.get(id));
        }
    }

    // --- writes (under the write lock) --------------------------------------------------------------------------

    private void add(UrlMapping m) {
        int file = Math.toIntExact(m.fileId());
        int known = texts.size();
        int id = texts.intern(m.url());
        if (id == known) {
            if (id >= urlFile.length) {
                int capacity = Math.max(urlFile.length * 2, id + 1);
                urlFile = Arrays.copyOf(urlFile, capacity);
                urlDomain = Arrays.copyOf(urlDomain, capacity);
            }
            int domain = domainIds.computeIfAbsent(m.domain(), d -> {
                domains.add(d);
                domainUrls.add(new IntList());
                return domains.size() - 1;
            });
            urlDomain[id] = domain;
            urlFile[id] = NO_FILE;
            domainUrls.get(domain).add(id);
        }
        if (addFile(id, file)) {
            int[] c = counts;
            if (file >= c.length) {
                c = Arrays.copyOf(c, Math.max(c.length * 2, file + 1));
            }
            c[file]++;
            counts = c;
        }
    }

    private void remove(UrlMapping m) {
        int id = texts.idOf(m.url());
        int file = Math.toIntExact(m.fileId());
        if (id >= 0 && removeFile(id, file)) {
            counts[file]--;
        }
    }

    /** Whether the file was not yet one of the URL's files. */
    private boolean addFile(int id, int file) {
        int current = urlFile[id];
        if (current == NO_FILE) {
            urlFile[id] = file;
            return true;
        }
        if (current >= 0) {
            if (current == file) {
                return false;
            }
            manyFiles.put(id, current < file ? new int[]{current, file} : new int[]{file, current});
            urlFile[id] = MANY_FILES;
            return true;
        }
        int[] files = manyFiles.get(id);
        int at = Arrays.binarySearch(files, file);
        if (at >= 0) {
            return false;
        }
        int insert = -at - 1;
        int[] grown = new int[files.length + 1];
        System.arraycopy(files, 0, grown, 0, insert);
        grown[insert] = file;
        System.arraycopy(files, insert, grown, insert + 1, files.length - insert);
        manyFiles.put(id, grown);
        return true;
    }

    /** Whether the file was one of the URL's files. */
    private boolean removeFile(int id, int file) {
        int current = urlFile[id];
        if (current >= 0) {
            if (current != file) {
                return false;
            }
            urlFile[id] = NO_FILE;
            return true;
        }
        if (current == NO_FILE) {
            return false;
        }
        int[] files = manyFiles.get(id);
        int at = Arrays.binarySearch(files, file);
        if (at < 0) {
            return false;
        }
        if (files.length == 2) {
            manyFiles.remove(id);
            urlFile[id] = files[1 - at];
            return true;
        }
        int[] shrunk = new int[files.length - 1];
        System.arraycopy(files, 0, shrunk, 0, at);
        System.arraycopy(files, at + 1, shrunk, at, files.length - at - 1);
        manyFiles.put(id, shrunk);
        return true;
    }

    /** A growable list of ints. */
    private static final class IntList {
        int[] values = new int[4];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }
}
