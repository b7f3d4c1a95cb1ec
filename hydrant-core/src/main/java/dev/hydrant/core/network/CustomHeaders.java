package dev.hydrant.core.network;

import dev.hydrant.core.error.ApiException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The custom headers use case behind {@code /manage_headers/*}, with hydrus's defaults and rules. */
public final class CustomHeaders {
    public static final String GLOBAL = "";
    public static final String DEFAULT_USER_AGENT = "Mozilla/5.0 (compatible; Hydrus Client)";
    static final String API_REASON = "Set by Client API";

    /** One requested change to a header: any of value (null means delete), approval, reason may be absent. */
    public record Change(String name, boolean hasValue, String value, HeaderRule.Approval approval, String reason) {
    }

    private final HeaderStore store;

    public CustomHeaders(HeaderStore store) {
        this.store = store;
    }

    public List<HeaderRule> headers(String context) {
        return store.headers(context);
    }

    /** Checks every change first, then applies them all. */
    public void apply(String context, List<Change> changes) {
        Map<String, HeaderRule> current = new LinkedHashMap<>();
        store.headers(context).forEach(h -> current.put(h.name(), h));
        List<HeaderRule> puts = new ArrayList<>();
        List<String> deletes = new ArrayList<>();
        for (Change c : changes) {
            if (!c.hasValue() && c.approval() == null && c.reason() == null) {
                throw ApiException.badRequest("Sorry, you have to set a value, approved, or reason parameter!");
            }
            HeaderRule existing = current.get(c.name());
            if (c.hasValue() && c.value() == null) {
                deletes.add(c.name());
                continue;
            }
            if (!c.hasValue() && existing == null) {
                throw ApiException.badRequest("Sorry, you tried to set approved/reason on \"" + c.name() + "\" for \""
                        + describe(context) + "\", but that entry does not exist, so there is no value to set them to! "
                        + "Please give a value!");
            }
            String value = c.hasValue() ? c.value() : existing.value();
            HeaderRule.Approval approval = c.approval() != null ? c.approval()
                    : existing != null ? existing.approval() : HeaderRule.Approval.APPROVED;
            String reason = c.reason() != null ? c.reason() : existing != null ? existing.reason() : API_REASON;
            puts.add(new HeaderRule(c.name(), value, approval, reason));
        }
        store.apply(context, puts, deletes);
    }

    /** The deprecated {@code set_user_agent}: sets the global User-Agent value; empty restores the default. */
    public void setUserAgent(String userAgent) {
        String value = userAgent.isEmpty() ? DEFAULT_USER_AGENT : userAgent;
        apply(GLOBAL, List.of(new Change("User-Agent", true, value, null, null)));
    }

    private static String describe(String context) {
        return context.equals(GLOBAL) ? "global" : "web domain: " + context;
    }
}
