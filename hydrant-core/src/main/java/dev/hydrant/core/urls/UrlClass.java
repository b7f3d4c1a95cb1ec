package dev.hydrant.core.urls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of URL on one site, as hydrus's URL classes describe it: which domains, which path segments and query
 * parameters (with rules and defaults) make a URL one of these, what kind of page it is ({@link UrlType}), and how
 * such a URL is normalised — preferred scheme, domain clipped or kept, path clipped to the known segments, unknown
 * parameters and the fragment dropped, parameters sorted by name — so that one page has one stored URL.
 *
 * <p>Two forms of normalisation exist, as in hydrus: the stored form ({@code forServer = false}) and the form that is
 * fetched ({@code forServer = true}), which keeps extra path segments (unless the class uses an API URL), extra
 * parameters (when {@link #keepExtraParametersForServer()}) and ephemeral parameters. A class with an API/redirect
 * converter is fetched (and would be parsed) through the URL the converter makes from the fetched form.
 *
 * <p>Immutable; build with {@link #builder}.
 */
public final class UrlClass {
    /** Most specific first: the order hydrus tries the classes of one domain mask in. */
    static final Comparator<UrlClass> MOST_SPECIFIC_FIRST = Comparator.comparing(UrlClass::sortingKey).reversed();

    private final String name;
    private final UrlType type;
    private final String preferredScheme;
    private final DomainMask domainMask;
    private final List<PathComponent> pathComponents;
    private final List<UrlParameter> parameters;
    private final boolean alphabetiseParameters;
    private final boolean noMorePathComponents;
    private final boolean noMoreParameters;
    private final boolean keepExtraParametersForServer;
    private final boolean keepFragment;
    private final StringMatch singleValueParameters;
    private final StringConverter apiConverter;
    private final boolean canProduceMultipleFiles;
    private final boolean associateWithFiles;
    private final String parser;
    private final String exampleUrl;
    private final SortingKey sortingKey;

    private UrlClass(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.type = Objects.requireNonNull(b.type, "type");
        if (!type.isClassType()) {
            throw new IllegalArgumentException("a URL class cannot be of type " + type.text());
        }
        this.preferredScheme = b.preferredScheme;
        this.domainMask = Objects.requireNonNull(b.domainMask, "domain");
        this.pathComponents = List.copyOf(b.pathComponents);
        this.parameters = List.copyOf(b.parameters);
        Set<String> names = new HashSet<>();
        for (UrlParameter p : parameters) {
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("parameter \"" + p.name() + "\" is defined twice");
            }
        }
        this.alphabetiseParameters = b.alphabetiseParameters;
        this.noMorePathComponents = b.noMorePathComponents;
        this.noMoreParameters = b.noMoreParameters;
        this.keepFragment = b.keepFragment;
        this.singleValueParameters = b.singleValueParameters;
        this.apiConverter = b.apiConverter;
        this.canProduceMultipleFiles = b.canProduceMultipleFiles;
        this.associateWithFiles = b.associateWithFiles != null ? b.associateWithFiles
                : type == UrlType.POST || type == UrlType.FILE;
        this.parser = b.parser;
        this.exampleUrl = Objects.requireNonNull(b.exampleUrl, "example");
        boolean keepExtra = b.keepExtraParametersForServer != null ? b.keepExtraParametersForServer
                : (type == UrlType.GALLERY || type == UrlType.WATCHABLE) && !apiConverter.makesChanges();
        this.keepExtraParametersForServer = keepExtra && !noMoreParameters;
        this.sortingKey = computeSortingKey();
    }

    public static Builder builder(String name, UrlType type, DomainMask domain, String exampleUrl) {
        return new Builder(name, type, domain, exampleUrl);
    }

    /** This class's settings in a builder, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(name, type, domainMask, exampleUrl);
        b.preferredScheme = preferredScheme;
        b.pathComponents.addAll(pathComponents);
        b.parameters.addAll(parameters);
        b.alphabetiseParameters = alphabetiseParameters;
        b.noMorePathComponents = noMorePathComponents;
        b.noMoreParameters = noMoreParameters;
        b.keepExtraParametersForServer = keepExtraParametersForServer;
        b.keepFragment = keepFragment;
        b.singleValueParameters = singleValueParameters;
        b.apiConverter = apiConverter;
        b.canProduceMultipleFiles = canProduceMultipleFiles;
        b.associateWithFiles = associateWithFiles;
        b.parser = parser;
        return b;
    }

    // --- matching -----------------------------------------------------------------------------------------------

    /** Whether the URL is one of this class. */
    public boolean matches(String url) {
        return failure(url) == null;
    }

    /** @throws UrlClassException saying why the URL is not one of this class */
    public void test(String url) {
        String failure = failure(url);
        if (failure != null) {
            throw new UrlClassException(failure);
        }
    }

    /** Why the URL is not one of this class (hydrus's wording), or null when it is. */
    String failure(String url) {
        UrlParts p;
        try {
            p = encodedParts(url);
        } catch (UrlClassException e) {
            return e.getMessage();
        }
        return failure(p);
    }

    /** The parts classes test: those of the URL percent-encoded where it was not (fragment kept). */
    static UrlParts encodedParts(String url) {
        return UrlText.parse(UrlText.ensureEncoded(url, true));
    }

    /** As {@link #failure(String)}, for the URL's {@link #encodedParts}. */
    String failure(UrlParts p) {
        if (!domainMask.matches(p.netloc())) {
            return domainMask.failure(p.netloc());
        }
        String pathFailure = pathFailure(p.path());
        if (pathFailure != null) {
            return pathFailure;
        }
        QueryText query = QueryText.parse(p.query());
        if (noMoreParameters) {
            Set<String> known = new HashSet<>();
            parameters.forEach(x -> known.add(x.name()));
            for (String given : query.values().keySet()) {
                if (!known.contains(given)) {
                    return "\"This has a \"" + given + "\" parameter, but I am set to not allow any unexpected parameters!";
                }
            }
        }
        for (UrlParameter parameter : parameters) {
            String value = query.values().get(parameter.name());
            if (value == null) {
                if (parameter.mustBeInUrl()) {
                    return parameter.name() + " not found in " + p.query();
                }
                continue;
            }
            String valueFailure = parameter.match().failure(value);
            if (valueFailure != null) {
                return "Problem with " + parameter.name() + ": " + valueFailure;
            }
        }
        List<String> singles = query.singleValues();
        if (!singles.isEmpty() && singleValueParameters == null && noMoreParameters) {
            return "\"" + p.query() + "\" has unexpected single-value parameters, but I am set to not allow any unexpected parameters!";
        }
        if (singleValueParameters != null) {
            if (singles.isEmpty()) {
                return "Was expecting single-value parameter(s), but this URL did not seem to have any.";
            }
            for (String single : singles) {
                String singleFailure = singleValueParameters.failure(single);
                if (singleFailure != null) {
                    return singleFailure;
                }
            }
        }
        return null;
    }

    private String pathFailure(String path) {
        List<String> segments = UrlText.pathSegments(path);
        if (noMorePathComponents && segments.size() > pathComponents.size()) {
            return "\"" + path + "\" has " + segments.size() + " path components, but I will not allow more than my defined "
                    + pathComponents.size() + "!";
        }
        for (int i = 0; i < pathComponents.size(); i++) {
            PathComponent component = pathComponents.get(i);
            if (segments.size() > i) {
                String failure = component.match().failure(segments.get(i));
                if (failure != null) {
                    return failure;
                }
            } else if (component.defaultValue() == null) {
                if (i + 1 == pathComponents.size()) {
                    return "\"" + path + "\" has " + segments.size() + " path components, but I was expecting "
                            + pathComponents.size() + "!";
                }
                return "\"" + path + "\" has " + segments.size() + " path components, but I was expecting at least "
                        + (i + 1) + " and maybe as many as " + pathComponents.size() + "!";
            }
        }
        return null;
    }

    // --- normalisation ------------------------------------------------------------------------------------------

    /** The stored form of a URL of this class. */
    public String normalise(String url) {
        return normalise(url, false);
    }

    /**
     * The stored form ({@code forServer = false}) or the fetched form ({@code true}) of a URL of this class.
     *
     * @throws UrlClassException when the URL lacks a required segment or parameter that has no default
     */
    public String normalise(String url, boolean forServer) {
        UrlParts p = UrlText.parse(url);
        String netloc = domainMask.normalise(p.netloc());
        String path = clipAndFleshOutPath(UrlText.pathSegments(p.path()), forServer);
        String query = clipAndFleshOutQuery(QueryText.parse(p.query()), forServer);
        return new UrlParts(preferredScheme, netloc, path, "", query, keepFragment ? p.fragment() : "").unparse();
    }

    private String clipAndFleshOutPath(List<String> segments, boolean forServer) {
        boolean clip = usesApiUrl() || !forServer;
        boolean fleshOut = segments.size() < pathComponents.size();
        List<String> out = segments;
        if (clip || fleshOut) {
            out = new ArrayList<>();
            for (int i = 0; i < pathComponents.size(); i++) {
                if (segments.size() > i) {
                    out.add(segments.get(i));
                } else if (pathComponents.get(i).defaultValue() != null) {
                    out.add(pathComponents.get(i).defaultValue());
                } else {
                    throw new UrlClassException("Could not clip path--given url appeared to be too short!");
                }
            }
        }
        return "/" + String.join("/", out);
    }

    private String clipAndFleshOutQuery(QueryText query, boolean forServer) {
        Map<String, String> values = new LinkedHashMap<>(query.values());
        List<String> order = new ArrayList<>(query.order());
        Map<String, UrlParameter> known = new LinkedHashMap<>();
        Set<String> remaining = new LinkedHashSet<>(values.keySet());
        for (UrlParameter parameter : parameters) {
            if (remaining.remove(parameter.name())) {
                known.put(parameter.name(), parameter);
            } else if (parameter.defaultValue() != null) {
                known.put(parameter.name(), parameter);
                values.put(parameter.name(), parameter.defaultValue());
                order.add(parameter.name());
            } else if (!parameter.ephemeral()) {
                throw new UrlClassException("Could not flesh out query--no default for " + parameter.name() + " defined!");
            }
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (Map.Entry<String, UrlParameter> e : known.entrySet()) {
            if (e.getValue().ephemeral() && !forServer) {
                continue;
            }
            kept.put(e.getKey(), values.get(e.getKey()));
        }
        for (String extra : remaining) {
            if (forServer && keepExtraParametersForServer) {
                kept.put(extra, values.get(extra));
            }
        }
        boolean wantSingles = singleValueParameters != null || (forServer && keepExtraParametersForServer);
        List<String> singles = wantSingles ? query.singleValues() : List.of();
        return QueryText.render(kept, singles, alphabetiseParameters ? null : order);
    }

    /** Whether this class is fetched through an API/redirect URL. */
    public boolean usesApiUrl() {
        return apiConverter.makesChanges();
    }

    /** The API/redirect URL for a URL of this class: the converter applied to its fetched form. */
    public String apiUrl(String url) {
        return apiConverter.convert(normalise(url, true));
    }

    // --- precedence ---------------------------------------------------------------------------------------------

    /**
     * hydrus's specificity: domain mask length, required and total path segments, required and total parameters,
     * then the length of the normalised example. Higher is tried first.
     */
    record SortingKey(int domain, int requiredPath, int totalPath, int requiredParameters, int totalParameters,
                      int exampleLength) implements Comparable<SortingKey> {
        @Override
        public int compareTo(SortingKey o) {
            return Comparator.comparingInt(SortingKey::domain).thenComparingInt(SortingKey::requiredPath)
                    .thenComparingInt(SortingKey::totalPath).thenComparingInt(SortingKey::requiredParameters)
                    .thenComparingInt(SortingKey::totalParameters).thenComparingInt(SortingKey::exampleLength)
                    .compare(this, o);
        }
    }

    SortingKey sortingKey() {
        return sortingKey;
    }

    private SortingKey computeSortingKey() {
        int requiredPath = (int) pathComponents.stream().filter(c -> c.defaultValue() == null).count();
        int requiredParameters = (int) parameters.stream().filter(p -> p.defaultValue() == null).count();
        String example;
        try {
            example = normalise(exampleUrl, true);
        } catch (RuntimeException e) {
            example = exampleUrl;
        }
        return new SortingKey(domainMask.sortingComplexity(), requiredPath, pathComponents.size(), requiredParameters,
                parameters.size(), example.codePointCount(0, example.length()));
    }

    // --- accessors ----------------------------------------------------------------------------------------------

    public String name() {
        return name;
    }

    public UrlType type() {
        return type;
    }

    public String preferredScheme() {
        return preferredScheme;
    }

    public DomainMask domainMask() {
        return domainMask;
    }

    public List<PathComponent> pathComponents() {
        return pathComponents;
    }

    public List<UrlParameter> parameters() {
        return parameters;
    }

    public boolean alphabetiseParameters() {
        return alphabetiseParameters;
    }

    public boolean noMorePathComponents() {
        return noMorePathComponents;
    }

    public boolean noMoreParameters() {
        return noMoreParameters;
    }

    public boolean keepExtraParametersForServer() {
        return keepExtraParametersForServer;
    }

    public boolean keepFragment() {
        return keepFragment;
    }

    /** The rule for single-value parameters ({@code ?1234}); present when the class expects them. */
    public Optional<StringMatch> singleValueParameters() {
        return Optional.ofNullable(singleValueParameters);
    }

    public StringConverter apiConverter() {
        return apiConverter;
    }

    public boolean canProduceMultipleFiles() {
        return canProduceMultipleFiles;
    }

    /** Whether URLs of this class are recorded as known URLs of the files downloaded from them. */
    public boolean associateWithFiles() {
        return associateWithFiles;
    }

    /** The parser linked to this class, by name. */
    public Optional<String> parser() {
        return Optional.ofNullable(parser);
    }

    public String exampleUrl() {
        return exampleUrl;
    }

    @Override
    public String toString() {
        return "URL class \"" + name + "\" (" + type.text() + ", " + domainMask.describe() + ")";
    }

    /** Settings of a URL class, with hydrus's defaults. */
    public static final class Builder {
        private final String name;
        private final UrlType type;
        private final DomainMask domainMask;
        private final String exampleUrl;
        private String preferredScheme = "https";
        private final List<PathComponent> pathComponents = new ArrayList<>();
        private final List<UrlParameter> parameters = new ArrayList<>();
        private boolean alphabetiseParameters = true;
        private boolean noMorePathComponents;
        private boolean noMoreParameters;
        private Boolean keepExtraParametersForServer;
        private boolean keepFragment;
        private StringMatch singleValueParameters;
        private StringConverter apiConverter = StringConverter.NONE;
        private boolean canProduceMultipleFiles;
        private Boolean associateWithFiles;
        private String parser;

        private Builder(String name, UrlType type, DomainMask domainMask, String exampleUrl) {
            this.name = name;
            this.type = type;
            this.domainMask = domainMask;
            this.exampleUrl = exampleUrl;
        }

        public Builder scheme(String scheme) {
            this.preferredScheme = scheme;
            return this;
        }

        public Builder path(PathComponent... components) {
            pathComponents.addAll(List.of(components));
            return this;
        }

        public Builder parameter(UrlParameter parameter) {
            parameters.add(parameter);
            return this;
        }

        public Builder alphabetiseParameters(boolean value) {
            alphabetiseParameters = value;
            return this;
        }

        public Builder noMorePathComponents(boolean value) {
            noMorePathComponents = value;
            return this;
        }

        public Builder noMoreParameters(boolean value) {
            noMoreParameters = value;
            return this;
        }

        /** Default: true for gallery and watchable classes without an API converter, false otherwise. */
        public Builder keepExtraParametersForServer(boolean value) {
            keepExtraParametersForServer = value;
            return this;
        }

        public Builder keepFragment(boolean value) {
            keepFragment = value;
            return this;
        }

        /** Expect single-value parameters ({@code ?1234}) matching this rule. */
        public Builder singleValueParameters(StringMatch match) {
            singleValueParameters = match;
            return this;
        }

        public Builder apiConverter(StringConverter converter) {
            apiConverter = Objects.requireNonNull(converter);
            return this;
        }

        public Builder canProduceMultipleFiles(boolean value) {
            canProduceMultipleFiles = value;
            return this;
        }

        /** Default: true for post and file classes. */
        public Builder associateWithFiles(boolean value) {
            associateWithFiles = value;
            return this;
        }

        public Builder parser(String parserName) {
            parser = parserName;
            return this;
        }

        public UrlClass build() {
            return new UrlClass(this);
        }
    }
}
