package dev.hydrant.store.sqlite;

import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One SQLite database file in WAL mode: a single writer connection (SQLite allows one writer; serialising here
 * avoids busy retries) and a small pool of reader connections that never block the writer.
 * Durability: WAL with {@code synchronous=NORMAL} survives any process kill; a committed transaction is never
 * lost unless the operating system itself crashes before the next checkpoint.
 */
public final class SqliteDatabase implements AutoCloseable {
    /** A unit of work on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> readers;

    private SqliteDatabase(Connection writer, BlockingQueue<Connection> readers) {
        this.writer = writer;
        this.readers = readers;
    }

    /** Opens (creating if needed) and migrates the database at {@code file}. */
    public static SqliteDatabase open(Path file, int readerCount) {
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        SQLiteDataSource migrationSource = new SQLiteDataSource(config(false));
        migrationSource.setUrl(url);
        Flyway.configure().dataSource(migrationSource).locations("classpath:db/migration/sqlite")
                .loggers("slf4j").load().migrate();
        try {
            Connection writer = config(false).createConnection(url);
            writer.setAutoCommit(false);
            BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(readerCount);
            for (int i = 0; i < readerCount; i++) {
                Connection reader = config(true).createConnection(url);
                readers.add(reader);
            }
            return new SqliteDatabase(writer, readers);
        } catch (SQLException e) {
            throw new StoreException("could not open database " + file, e);
        }
    }

    private static SQLiteConfig config(boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(30_000);
        config.setReadOnly(readOnly);
        return config;
    }

    /** Runs {@code work} in one write transaction: committed when it returns, rolled back when it throws. */
    public <T> T write(Work<T> work) {
        writeLock.lock();
        try {
            try {
                T result = work.run(writer);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(e);
                if (e instanceof RuntimeException re) {
                    throw re;
                }
                throw new StoreException("write failed", (SQLException) e);
            }
        } finally {
            writeLock.unlock();
        }
    }

    private void rollbackQuietly(Exception cause) {
        try {
            writer.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Runs {@code work} on a reader connection (auto-commit; each statement sees the latest committed state). */
    public <T> T read(Work<T> work) {
        Connection reader;
        try {
            reader = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a database connection", null);
        }
        try {
            return work.run(reader);
        } catch (SQLException e) {
            throw new StoreException("read failed", e);
        } finally {
            readers.add(reader);
        }
    }

    /** Moves the WAL into the main database file. */
    public void checkpoint() {
        writeLock.lock();
        try (var st = writer.createStatement()) {
            writer.setAutoCommit(true);
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new StoreException("checkpoint failed", e);
        } finally {
            try {
                writer.setAutoCommit(false);
            } catch (SQLException e) {
                throw new StoreException("could not restore the write transaction mode", e);
            } finally {
                writeLock.unlock();
            }
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            closeQuietly(writer);
            Connection reader;
            while ((reader = readers.poll()) != null) {
                closeQuietly(reader);
            }
        } finally {
            writeLock.unlock();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing: nothing left to do with this connection
        }
    }
}
