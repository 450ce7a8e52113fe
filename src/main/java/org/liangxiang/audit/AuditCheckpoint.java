package org.liangxiang.audit;

import java.time.Instant;

/**
 * A signed statement that the chain, up to a record, ended in a given hash.
 *
 * @param upToSeq the last record the checkpoint covers
 * @param headHash the chain hash at that record, hex
 * @param createdAt when it was signed (database clock)
 * @param verificationKey the SM2 public key (uncompressed point, hex) of the signer, for checks outside the system
 */
public record AuditCheckpoint(long upToSeq, String headHash, Instant createdAt, String verificationKey) {}
