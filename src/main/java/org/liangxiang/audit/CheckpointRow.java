package org.liangxiang.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A row of {@code audit_checkpoint}. */
record CheckpointRow(long upToSeq, byte[] headHash, Instant createdAt, byte[] signature, String verificationKey) {

    static final String SELECT =
            "SELECT up_to_seq, head_hash, created_at, signature, verification_key FROM audit_checkpoint";

    static CheckpointRow of(ResultSet rs) throws SQLException {
        return new CheckpointRow(
                rs.getLong("up_to_seq"),
                rs.getBytes("head_hash"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getBytes("signature"),
                rs.getString("verification_key"));
    }

    byte[] message() {
        return ChainFormat.checkpointMessage(upToSeq, headHash, createdAt);
    }

    AuditCheckpoint view() {
        return new AuditCheckpoint(upToSeq, ChainFormat.hex(headHash), createdAt, verificationKey);
    }
}
