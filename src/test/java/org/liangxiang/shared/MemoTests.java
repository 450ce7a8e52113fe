package org.liangxiang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTests {

    @Test
    void makesAnAnswerOncePerKeyAndRemembersIt() {
        Memo<String, Integer> memo = new Memo<>(10);
        AtomicInteger made = new AtomicInteger();

        assertThat(memo.get("abc", k -> made.incrementAndGet() * 100 + k.length()))
                .isEqualTo(103);
        assertThat(memo.get("abc", k -> made.incrementAndGet() * 100 + k.length()))
                .isEqualTo(103);
        assertThat(memo.get("de", k -> made.incrementAndGet() * 100 + k.length()))
                .isEqualTo(202);
        assertThat(made).hasValue(2);
    }

    @Test
    void forgetsEverythingWhenFullAndMakesAgainOnDemand() {
        Memo<Integer, Integer> memo = new Memo<>(2);
        AtomicInteger made = new AtomicInteger();
        memo.get(1, k -> made.incrementAndGet());
        memo.get(2, k -> made.incrementAndGet());

        memo.get(3, k -> made.incrementAndGet()); // full: 1 and 2 forgotten, 3 kept
        assertThat(memo.get(3, k -> -1)).isEqualTo(3);
        assertThat(memo.get(1, k -> made.incrementAndGet())).isEqualTo(4);
    }

    @Test
    void forgetAllMakesEveryAnswerAgain() {
        Memo<String, String> memo = new Memo<>(5);
        memo.get("k", k -> "first");
        memo.forgetAll();

        assertThat(memo.get("k", k -> "second")).isEqualTo("second");
    }

    @Test
    void keepsAtLeastOne() {
        assertThatThrownBy(() -> new Memo<>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
