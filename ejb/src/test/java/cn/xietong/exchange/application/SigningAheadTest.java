package cn.xietong.exchange.application;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SigningAheadTest {

    @Test
    void everyItemIsMadeOnceAndComesBackInOrderChunkByChunk() {
        AtomicInteger made = new AtomicInteger();
        SigningAhead<Integer> ahead = new SigningAhead<>(1_001, 200, k -> {
            made.incrementAndGet();
            return k * 2;
        });
        assertEquals(6, ahead.chunks());
        List<Integer> all = new ArrayList<>();
        for (int c = 0; c < ahead.chunks(); c++) {
            List<Integer> chunk = ahead.chunk(c);
            assertEquals(c < 5 ? 200 : 1, chunk.size());
            all.addAll(chunk);
        }
        for (int k = 0; k < 1_001; k++) {
            assertEquals(k * 2, all.get(k));
        }
        assertEquals(1_001, made.get(), "no item made twice, none skipped");
    }

    @Test
    void aFewItemsAreMadeByTheCallerAlone() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        SigningAhead<String> ahead = new SigningAhead<>(10, 200, k -> {
            threads.add(Thread.currentThread().getName());
            return "p" + k;
        });
        assertEquals(List.of("p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9"), ahead.chunk(0));
        assertEquals(Set.of(Thread.currentThread().getName()), threads);
    }

    @Test
    void aFailureReachesTheCallerAsItself() {
        IllegalStateException boom = new IllegalStateException("key gone");
        SigningAhead<Integer> ahead = new SigningAhead<>(500, 100, k -> {
            if (k == 250) {
                throw boom;
            }
            return k;
        });
        assertEquals(100, ahead.chunk(0).size());
        assertEquals(100, ahead.chunk(1).size());
        assertSame(boom, assertThrows(IllegalStateException.class, () -> ahead.chunk(2)));
    }
}
