package org.liangxiang.audit;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Where the chain stands: the last seal, else the last purge anchor, else the genesis. */
record ChainHead(long seq, byte[] hash) {

    static ChainHead current(JdbcClient jdbc) {
        return lastSeal(jdbc).or(() -> anchor(jdbc)).orElse(new ChainHead(0, ChainFormat.GENESIS));
    }

    /** The newest purge anchor, or the genesis: where a full verification starts. */
    static ChainHead anchorOrGenesis(JdbcClient jdbc) {
        return anchor(jdbc).orElse(new ChainHead(0, ChainFormat.GENESIS));
    }

    private static Optional<ChainHead> lastSeal(JdbcClient jdbc) {
        return jdbc.sql("SELECT seq, hash FROM audit_seal ORDER BY seq DESC LIMIT 1")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getBytes(2)))
                .optional();
    }

    private static Optional<ChainHead> anchor(JdbcClient jdbc) {
        return jdbc.sql("SELECT up_to_seq, head_hash FROM audit_purge ORDER BY up_to_seq DESC LIMIT 1")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getBytes(2)))
                .optional();
    }
}
