package dev.hydrant.core.urls;

import dev.hydrant.core.tags.CodePointOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which domains a URL class applies to, as hydrus's URL domain masks: raw domains and/or domain regexes; without
 * {@code matchSubdomains} a domain may still carry a {@code www…} prefix ({@code www.}, {@code www2.}), with it
 * any subdomain. Normalising clips the domain to the part the mask names unless {@code keepMatchedSubdomains}.
 *
 * <p>Two masks are the same group for matching when their domains, regexes and {@code matchSubdomains} are equal
 * ({@link #groupKey()}); a mask whose rules do not compile matches nothing.
 */
public final class DomainMask {
    private final List<String> rawDomains;
    private final List<String> domainRegexes;
    private final boolean matchSubdomains;
    private final boolean keepMatchedSubdomains;
    private final List<Pattern> matchPatterns = new ArrayList<>();
    private final List<Pattern> clipPatterns = new ArrayList<>();

    public DomainMask(List<String> rawDomains, List<String> domainRegexes, boolean matchSubdomains,
                      boolean keepMatchedSubdomains) {
        List<String> raw = new ArrayList<>(rawDomains);
        raw.sort(CodePointOrder.INSTANCE);
        List<String> regexes = new ArrayList<>(domainRegexes);
        regexes.sort(CodePointOrder.INSTANCE);
        this.rawDomains = List.copyOf(raw);
        this.domainRegexes = List.copyOf(regexes);
        this.matchSubdomains = matchSubdomains;
        this.keepMatchedSubdomains = keepMatchedSubdomains;
        List<String> all = new ArrayList<>(this.domainRegexes);
        for (String d : this.rawDomains) {
            all.add(pythonEscape(d));
        }
        all.sort(CodePointOrder.INSTANCE);
        String prefix = matchSubdomains ? "^(.*\\.)?" : "^(www[^\\.]*\\.)?";
        try {
            for (String regex : all) {
                matchPatterns.add(PythonRegex.compile(prefix + regex + "$"));
                clipPatterns.add(PythonRegex.compile(regex + "$"));
            }
        } catch (PatternSyntaxException e) {
            matchPatterns.clear();
            clipPatterns.clear();
        }
    }

    /** One raw domain, no subdomains other than {@code www…}, clipped to the domain. */
    public static DomainMask of(String domain) {
        return new DomainMask(List.of(domain), List.of(), false, false);
    }

    /**
     * A searched domain with all its subdomains, as {@code system:has domain} matches: a leading {@code www…} label is
     * dropped first (so {@code www.example.com} finds {@code example.com} and {@code img.example.com} too).
     */
    public static DomainMask withSubdomains(String domain) {
        return new DomainMask(List.of(UrlText.removeWww(domain)), List.of(), true, false);
    }

    public List<String> rawDomains() {
        return rawDomains;
    }

    public List<String> domainRegexes() {
        return domainRegexes;
    }

    public boolean matchSubdomains() {
        return matchSubdomains;
    }

    public boolean keepMatchedSubdomains() {
        return keepMatchedSubdomains;
    }

    /** Whether a URL's domain (netloc, case-sensitive, port included) is one this mask covers. */
    public boolean matches(String domain) {
        for (Pattern p : matchPatterns) {
            if (p.matcher(domain).find()) {
                return true;
            }
        }
        return false;
    }

    /** @throws UrlClassException when the domain is not covered, worded as hydrus words it */
    public void test(String domain) {
        if (!matches(domain)) {
            throw new UrlClassException(failure(domain));
        }
    }

    /** hydrus's wording of a domain this mask does not cover. */
    String failure(String domain) {
        return domain + (matchSubdomains ? " (potentially excluding subdomains)" : "") + " did not match " + describe();
    }

    /** The domain a normalised URL gets: unchanged when keeping subdomains, else the part the mask names. */
    public String normalise(String domain) {
        if (keepMatchedSubdomains) {
            return domain;
        }
        for (Pattern p : clipPatterns) {
            Matcher m = p.matcher(domain);
            if (m.find()) {
                return m.group();
            }
        }
        throw new UrlClassException("Could not match that domain with this domain mask!");
    }

    /** How strongly the mask is preferred when several cover a domain: its longest domain or regex (10 if none). */
    public int sortingComplexity() {
        int max = -1;
        for (String d : rawDomains) {
            max = Math.max(max, d.codePointCount(0, d.length()));
        }
        for (String r : domainRegexes) {
            max = Math.max(max, r.codePointCount(0, r.length()));
        }
        return max < 0 ? 10 : max;
    }

    /** Masks with equal keys share one list of URL classes when matching. */
    public Object groupKey() {
        return List.of(rawDomains, domainRegexes, matchSubdomains);
    }

    public String describe() {
        if (rawDomains.isEmpty() && domainRegexes.isEmpty()) {
            return "URL Domain Mask: no domain rules, will not match anything!";
        }
        StringBuilder b = new StringBuilder("URL Domain Mask: ");
        if (!rawDomains.isEmpty()) {
            b.append(summary(rawDomains, "domains"));
        }
        if (!domainRegexes.isEmpty()) {
            b.append(summary(domainRegexes, "domain regexes"));
        }
        return b.toString();
    }

    private static String summary(List<String> items, String what) {
        return items.size() == 1 ? items.get(0) : items.size() + " " + what;
    }

    /** Python's {@code re.escape} (3.7+): only regex metacharacters and whitespace get a backslash. */
    static String pythonEscape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DomainMask m && rawDomains.equals(m.rawDomains) && domainRegexes.equals(m.domainRegexes)
                && matchSubdomains == m.matchSubdomains && keepMatchedSubdomains == m.keepMatchedSubdomains;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rawDomains, domainRegexes, matchSubdomains, keepMatchedSubdomains);
    }

    @Override
    public String toString() {
        return describe();
    }
}
