package org.liangxiang.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers remembered by key, for values that never change for their key (a resolution of given versions, a parsed
 * text): at most {@code most} are kept, and when that many are, all are forgotten and made again on demand (no
 * eviction order to maintain; the keys in use come back at once). Safe for concurrent use: two threads may both make the
 * same answer once, and either is kept.
 */
public final class Memo<K, V> {

    private final Map<K, V> known = new ConcurrentHashMap<>();
    private final int most;

    public Memo(int most) {
        if (most < 1) {
            throw new IllegalArgumentException("most must be at least 1, was " + most);
        }
        this.most = most;
    }

    /** The answer for the key: the remembered one, else {@code make}'s, remembered. */
    public V get(K key, Function<? super K, ? extends V> make) {
        V answer = known.get(key);
        if (answer != null) {
            return answer;
        }
        if (known.size() >= most) {
            known.clear();
        }
        V made = make.apply(key);
        known.put(key, made);
        return made;
    }

    /** Forgets every answer (after what they were made from has changed). */
    public void forgetAll() {
        known.clear();
    }
}
