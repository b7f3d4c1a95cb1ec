package dev.hydrant.store.sqlite;

import dev.hydrant.core.network.Cookie;
import dev.hydrant.core.network.CookieStore;
import dev.hydrant.core.network.Domains;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

final class SqliteCookieStore implements CookieStore {
    private final SqliteDatabase db;

    SqliteCookieStore(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public List<Cookie> forSecondLevelDomain(String secondLevelDomain) {
        return db.read(c -> {
            try (var st = c.prepareStatement("SELECT name, value, domain, path, expires FROM cookies "
                    + "WHERE second_level_domain = ? ORDER BY domain, path, name")) {
                st.setString(1, secondLevelDomain);
                try (var rs = st.executeQuery()) {
                    List<Cookie> cookies = new ArrayList<>();
                    while (rs.next()) {
                        long expires = rs.getLong(5);
                        Long expiry = rs.wasNull() ? null : expires;
                        cookies.add(new Cookie(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), expiry));
                    }
                    return cookies;
                }
            }
        });
    }

    @Override
    public void apply(List<Cookie> puts, List<Cookie> deletes) {
        db.write(c -> {
            try (var put = c.prepareStatement("INSERT OR REPLACE INTO cookies (second_level_domain, domain, path, name, "
                    + "value, expires) VALUES (?, ?, ?, ?, ?, ?)");
                 var delete = c.prepareStatement("DELETE FROM cookies WHERE domain = ? AND path = ? AND name = ?")) {
                for (Cookie cookie : puts) {
                    put.setString(1, Domains.secondLevel(cookie.domain()));
                    put.setString(2, cookie.domain());
                    put.setString(3, cookie.path());
                    put.setString(4, cookie.name());
                    put.setString(5, cookie.value());
                    if (cookie.expires() == null) {
                        put.setNull(6, Types.INTEGER);
                    } else {
                        put.setLong(6, cookie.expires());
                    }
                    put.executeUpdate();
                }
                for (Cookie cookie : deletes) {
                    delete.setString(1, cookie.domain());
                    delete.setString(2, cookie.path());
                    delete.setString(3, cookie.name());
                    delete.executeUpdate();
                }
            }
            return null;
        });
    }
}
