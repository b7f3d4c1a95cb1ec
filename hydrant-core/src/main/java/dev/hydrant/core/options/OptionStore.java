package dev.hydrant.core.options;

import java.util.Map;

/** The server options a user set (name → value text); an option that is absent has its default. */
public interface OptionStore {
    Map<String, String> all();

    void put(String name, String value);

    void remove(String name);
}
