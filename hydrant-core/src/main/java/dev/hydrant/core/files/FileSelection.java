package dev.hydrant.core.files;

import dev.hydrant.core.ByteKey;

import java.util.List;

/** The files a request names (digest §4.2): file ids and sha256 hashes, in the order given. */
public record FileSelection(List<Item> items) {
    /** One named file. */
    public sealed interface Item {
    }

    public record ById(long fileId) implements Item {
    }

    public record ByHash(ByteKey sha256) implements Item {
    }

    public FileSelection {
        items = List.copyOf(items);
    }
}
