package dev.hydrant.core.services;

import dev.hydrant.core.ByteKey;

import java.util.List;

/** Persistent services. */
public interface ServiceStore {
    List<Service> all();

    void insert(Service service);

    void update(Service service);

    void delete(ByteKey key);
}
