package dev.hydrant.store.sqlite;

import java.sql.SQLException;

/** A storage failure the caller cannot fix: reported as a 500 by the API. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, SQLException cause) {
        super(message, cause);
    }
}
