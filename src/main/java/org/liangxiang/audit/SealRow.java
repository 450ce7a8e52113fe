package org.liangxiang.audit;

import java.util.UUID;

/** A row of {@code audit_seal}: record {@code seq} linked to the previously sealed record {@code prevSeq}. */
record SealRow(long seq, long prevSeq, UUID recordId, byte[] hash) {}
