package org.liangxiang.intake;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The rows the current transaction has read or written, by id, so that one transaction reads a row once: a submission
 * reads its application to act, review's listener reads it again to open the case, and the answer reads it a third
 * time. Only a store that writes every change of the row through itself (returning the written row, or forgetting it)
 * may keep one. Bound to the transaction's thread, set aside while a nested new transaction runs, dropped when the
 * transaction ends; outside a transaction nothing is kept.
 */
final class TransactionRows<K, V> {

    private final Object key = new Object();
    private final Function<V, K> idOf;

    TransactionRows(Function<V, K> idOf) {
        this.idOf = idOf;
    }

    /** The row this transaction last read or wrote, or null. */
    V known(K id) {
        Map<K, V> rows = rows(false);
        return rows == null ? null : rows.get(id);
    }

    V remember(V row) {
        Map<K, V> rows = rows(true);
        if (rows != null) {
            rows.put(idOf.apply(row), row);
        }
        return row;
    }

    void forget(K id) {
        Map<K, V> rows = rows(false);
        if (rows != null) {
            rows.remove(id);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<K, V> rows(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<K, V> rows = (Map<K, V>) TransactionSynchronizationManager.getResource(key);
        if (rows == null && create) {
            Map<K, V> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(key, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(key, fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
            rows = fresh;
        }
        return rows;
    }
}
