package dev.hydrant.core.network;

import dev.hydrant.core.error.ApiException;

import java.util.ArrayList;
import java.util.List;

/** The cookies use case behind {@code /manage_cookies/*}: hydrus's row format and validation. */
public final class CookieJar {
    private final CookieStore store;

    public CookieJar(CookieStore store) {
        this.store = store;
    }

    /** Cookies of the domain's second-level domain, subdomains included. */
    public List<Cookie> cookiesFor(String domain) {
        return store.forSecondLevelDomain(Domains.secondLevel(Domains.requireDomain(domain)));
    }

    /**
     * Sets cookies from rows of {@code [name, value, domain, path, expires]} as decoded from JSON; a null value
     * deletes the cookie. Every row is checked before anything changes.
     *
     * @param describe renders a row the way hydrus's messages quote it
     */
    public void set(List<?> rows, java.util.function.Function<Object, String> describe) {
        List<Cookie> puts = new ArrayList<>();
        List<Cookie> deletes = new ArrayList<>();
        for (Object row : rows) {
            if (!(row instanceof List<?> r) || r.size() != 5) {
                throw ApiException.badRequest("The cookie \"" + describe.apply(row)
                        + "\" did not come in the format [ name, value, domain, path, expires ]!");
            }
            Object expires = r.get(4);
            boolean expiresOk = expires == null || expires instanceof Long || expires instanceof Integer;
            if (!(r.get(0) instanceof String name) || !(r.get(2) instanceof String domain)
                    || !(r.get(3) instanceof String path) || !(r.get(1) == null || r.get(1) instanceof String)
                    || !expiresOk) {
                throw ApiException.badRequest("In the row [ name, value, domain, path, expires ], which I received as \""
                        + describe.apply(row) + "\", name, domain, and path need to be strings, value needs to be null "
                        + "or a string, and expires needs to be null or an integer!");
            }
            Long expiry = expires == null ? null : ((Number) expires).longValue();
            Cookie cookie = new Cookie(name, (String) r.get(1), domain, path, expiry);
            (cookie.value() == null ? deletes : puts).add(cookie);
        }
        store.apply(puts, deletes);
    }
}
