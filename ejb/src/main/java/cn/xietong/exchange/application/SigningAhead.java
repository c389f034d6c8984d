package cn.xietong.exchange.application;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

/**
 * Makes {@code count} items (signed packages) in chunks, ahead of the thread that consumes them: every
 * chunk is offered to the common pool at once, and the consuming thread, asking for a chunk nobody has
 * started yet, makes it itself instead of waiting. So on two cores one core signs while the other writes
 * what was signed, and with no spare core the caller simply does all the work in order.
 *
 * @param <T> what one item becomes
 */
final class SigningAhead<T> {

    /** Below this many items everything is made by the caller: the pool would cost more than it saves. */
    private static final int ON_POOL_FROM = 64;

    private final int count;
    private final int chunkSize;
    private final IntFunction<T> make;
    private final List<AtomicBoolean> claimed = new ArrayList<>();
    private final List<CompletableFuture<List<T>>> results = new ArrayList<>();

    SigningAhead(int count, int chunkSize, IntFunction<T> make) {
        this.count = count;
        this.chunkSize = chunkSize;
        this.make = make;
        int chunks = chunks();
        for (int c = 0; c < chunks; c++) {
            claimed.add(new AtomicBoolean());
            results.add(new CompletableFuture<>());
        }
        if (count >= ON_POOL_FROM && Runtime.getRuntime().availableProcessors() > 1) {
            for (int c = 0; c < chunks; c++) {
                int chunk = c;
                ForkJoinPool.commonPool().execute(() -> makeIfUnclaimed(chunk));
            }
        }
    }

    int chunks() {
        return (count + chunkSize - 1) / chunkSize;
    }

    /** The items of chunk {@code c}, made by this thread if no pool thread has started on them. */
    List<T> chunk(int c) {
        makeIfUnclaimed(c);
        try {
            return results.get(c).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private void makeIfUnclaimed(int c) {
        if (!claimed.get(c).compareAndSet(false, true)) {
            return;
        }
        try {
            int from = c * chunkSize;
            int to = Math.min(count, from + chunkSize);
            List<T> made = new ArrayList<>(to - from);
            for (int k = from; k < to; k++) {
                made.add(make.apply(k));
            }
            results.get(c).complete(made);
        } catch (RuntimeException | Error e) {
            results.get(c).completeExceptionally(e);
        }
    }
}
