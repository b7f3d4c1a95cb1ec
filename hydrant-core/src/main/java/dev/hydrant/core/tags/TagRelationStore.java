package dev.hydrant.core.tags;

import dev.hydrant.core.ByteKey;

import java.util.List;
import java.util.Map;

/**
 * Persistent tag siblings (bad → good) and parents (child → parent) per tag service, with a status (local tag
 * domains: current only; tag repositories also pending and petitioned) and, for pending and petitioned pairs, a
 * reason.
 */
public interface TagRelationStore {
    enum Kind { SIBLING, PARENT }

    /** One pair: {@code from} is the bad tag or the child, {@code to} the good tag or the parent. */
    record Relation(ByteKey service, TagStatus status, String from, String to, String reason) {
    }

    /** Every pair of a kind, oldest first within a service. */
    List<Relation> all(Kind kind);

    /**
     * Adds a pair (no effect when present).
     *
     * @return the ids of the two tags, interned if they were new
     */
    Map<String, Integer> put(Kind kind, Relation relation);

    /** Removes a pair; false when there was none. */
    boolean remove(Kind kind, ByteKey service, TagStatus status, String from, String to);

    /** How many pairs {@code service} has in {@code status}. */
    long count(Kind kind, ByteKey service, TagStatus status);
}
