package org.liangxiang.eligibility;

/** A row of the subjects table the set-based rules run over: an id of the caller's, the person's blind index, and the region whose policy applies. */
record Subject(long id, byte[] residentIndex, String regionCode) {}
