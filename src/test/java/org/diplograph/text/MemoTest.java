package org.diplograph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {
    @Test
    void anAnswerIsMadeOnceAndANullOneEachTime() {
        Memo<String, Integer> memo = new Memo<>(10);
        AtomicInteger made = new AtomicInteger();
        assertEquals(5, memo.get("lundi", k -> { made.incrementAndGet(); return k.length(); }));
        assertEquals(5, memo.get("lundi", k -> { made.incrementAndGet(); return k.length(); }));
        assertEquals(1, made.get());
        assertNull(memo.get("rien", k -> { made.incrementAndGet(); return null; }));
        assertNull(memo.get("rien", k -> { made.incrementAndGet(); return null; }));
        assertEquals(3, made.get());
    }

    @Test
    void pastItsLimitTheMemoStartsAgain() {
        Memo<Integer, Integer> memo = new Memo<>(2);
        AtomicInteger made = new AtomicInteger();
        for (int i = 0; i < 4; i++) memo.get(i, k -> made.incrementAndGet());
        memo.get(0, k -> made.incrementAndGet());
        assertEquals(5, made.get(), "the first answer was dropped when the memo grew past its limit");
    }
}
