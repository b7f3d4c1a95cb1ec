package dev.hydrant.store.sqlite;

import dev.hydrant.core.network.HeaderRule;
import dev.hydrant.core.network.HeaderStore;

import java.util.ArrayList;
import java.util.List;

final class SqliteHeaderStore implements HeaderStore {
    private final SqliteDatabase db;

    SqliteHeaderStore(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public List<HeaderRule> headers(String context) {
        return db.read(c -> {
            try (var st = c.prepareStatement("SELECT name, value, approved, reason FROM custom_headers "
                    + "WHERE context = ? ORDER BY position")) {
                st.setString(1, context);
                try (var rs = st.executeQuery()) {
                    List<HeaderRule> headers = new ArrayList<>();
                    while (rs.next()) {
                        headers.add(new HeaderRule(rs.getString(1), rs.getString(2),
                                HeaderRule.Approval.fromText(rs.getString(3)).orElseThrow(), rs.getString(4)));
                    }
                    return headers;
                }
            }
        });
    }

    @Override
    public void apply(String context, List<HeaderRule> puts, List<String> deletes) {
        db.write(c -> {
            try (var update = c.prepareStatement("UPDATE custom_headers SET value = ?, approved = ?, reason = ? "
                    + "WHERE context = ? AND name = ?");
                 var insert = c.prepareStatement("INSERT INTO custom_headers (context, name, value, approved, reason, "
                         + "position) VALUES (?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM custom_headers))");
                 var delete = c.prepareStatement("DELETE FROM custom_headers WHERE context = ? AND name = ?")) {
                for (HeaderRule h : puts) {
                    update.setString(1, h.value());
                    update.setString(2, h.approval().text());
                    update.setString(3, h.reason());
                    update.setString(4, context);
                    update.setString(5, h.name());
                    if (update.executeUpdate() == 0) {
                        insert.setString(1, context);
                        insert.setString(2, h.name());
                        insert.setString(3, h.value());
                        insert.setString(4, h.approval().text());
                        insert.setString(5, h.reason());
                        insert.executeUpdate();
                    }
                }
                for (String name : deletes) {
                    delete.setString(1, context);
                    delete.setString(2, name);
                    delete.executeUpdate();
                }
            }
            return null;
        });
    }
}
