package cn.xietong.document.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Writes chunks of rows on one connection, in the order they are sent, from a task of its own: the
 * loader makes the next chunk while the database takes the last one (the two cores of a small
 * machine both busy). Holds at most two chunks in waiting; a failure of the writing task comes back
 * to the sender at its next {@link #send} or at {@link #finish}.
 */
final class ChunkPipeline {

    private static final List<RowBatch.Rows> END = List.of();

    private final BlockingQueue<List<RowBatch.Rows>> queue = new ArrayBlockingQueue<>(2);
    private final CompletableFuture<Void> writer;
    private volatile boolean abandoned;
    private volatile long busyNanos;

    ChunkPipeline(Connection sink, Executor executor, boolean commitEachChunk) {
        writer = CompletableFuture.runAsync(() -> {
            try {
                for (List<RowBatch.Rows> chunk = queue.take(); chunk != END && !abandoned; chunk = queue.take()) {
                    long start = System.nanoTime();
                    for (RowBatch.Rows rows : chunk) {
                        rows.writeTo(sink);
                    }
                    if (commitEachChunk) {
                        sink.commit();
                    }
                    busyNanos += System.nanoTime() - start;
                }
            } catch (SQLException e) {
                throw new ChunkFailure(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("benchmark loader interrupted", e);
            }
        }, executor);
    }

    /** How long the writing task spent writing (not waiting for chunks). */
    long busyMillis() {
        return busyNanos / 1_000_000;
    }

    void send(List<RowBatch.Rows> chunk) throws SQLException {
        try {
            while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                if (writer.isDone()) {
                    await();
                    throw new IllegalStateException("the writing task ended early");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark loader interrupted", e);
        }
    }

    /** Waits until every chunk sent is written. */
    void finish() throws SQLException {
        send(END);
        await();
    }

    /** Stops the writing task after the chunk it is writing (the caller then rolls back). */
    void abandon() {
        abandoned = true;
        queue.clear();
        queue.offer(END);
        try {
            writer.get(10, TimeUnit.MINUTES);
        } catch (Exception ignored) {
            // the caller's failure is the one to report
        }
    }

    private void await() throws SQLException {
        try {
            writer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark loader interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ChunkFailure f) {
                throw f.sql;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static final class ChunkFailure extends RuntimeException {
        final SQLException sql;

        ChunkFailure(SQLException sql) {
            super(sql);
            this.sql = sql;
        }
    }
}
