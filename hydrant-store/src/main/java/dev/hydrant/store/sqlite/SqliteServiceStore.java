package dev.hydrant.store.sqlite;

import dev.hydrant.core.ByteKey;
import dev.hydrant.core.services.Service;
import dev.hydrant.core.services.ServiceStore;
import dev.hydrant.core.services.ServiceType;

import java.util.ArrayList;
import java.util.List;

final class SqliteServiceStore implements ServiceStore {
    private final SqliteDatabase db;
    private final JsonColumns json;

    SqliteServiceStore(SqliteDatabase db, JsonColumns json) {
        this.db = db;
        this.json = json;
    }

    @Override
    public List<Service> all() {
        return db.read(c -> {
            try (var st = c.prepareStatement("SELECT service_key, name, type, options FROM services ORDER BY service_id");
                 var rs = st.executeQuery()) {
                List<Service> result = new ArrayList<>();
                while (rs.next()) {
                    ServiceType type = ServiceType.byNumber(rs.getInt(3))
                            .orElseThrow(() -> new IllegalStateException("unknown service type in database"));
                    result.add(new Service(ByteKey.of(rs.getBytes(1)), rs.getString(2), type, json.rating(rs.getString(4))));
                }
                return result;
            }
        });
    }

    @Override
    public void insert(Service service) {
        db.write(c -> {
            try (var st = c.prepareStatement("INSERT INTO services (service_key, name, type, options) VALUES (?, ?, ?, ?)")) {
                st.setBytes(1, service.key().bytes());
                st.setString(2, service.name());
                st.setInt(3, service.type().number());
                st.setString(4, json.rating(service.rating()));
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void update(Service service) {
        db.write(c -> {
            try (var st = c.prepareStatement("UPDATE services SET name = ?, options = ? WHERE service_key = ?")) {
                st.setString(1, service.name());
                st.setString(2, json.rating(service.rating()));
                st.setBytes(3, service.key().bytes());
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void delete(ByteKey key) {
        db.write(c -> {
            try (var st = c.prepareStatement("DELETE FROM services WHERE service_key = ?")) {
                st.setBytes(1, key.bytes());
                st.executeUpdate();
            }
            return null;
        });
    }
}
