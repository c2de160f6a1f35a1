package org.diplograph.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded memo shared by threads: the answer for a key is made once and kept, and the whole memo
 * is emptied when it grows past its limit (the same words and names recur in every article, so the
 * answers that matter come back at once). The function must depend on the key alone. A null answer
 * is not kept: it is made again on each call.
 */
public final class Memo<K, V> {
    private final int limit;
    private final Map<K, V> kept = new ConcurrentHashMap<>();

    public Memo(int limit) {
        this.limit = limit;
    }

    /** The answer for {@code key}, made by {@code make} when it is not kept. */
    public V get(K key, Function<? super K, ? extends V> make) {
        V known = kept.get(key);
        if (known != null) return known;
        V v = make.apply(key);
        if (v != null) {
            if (kept.size() > limit) kept.clear();
            kept.put(key, v);
        }
        return v;
    }
}
