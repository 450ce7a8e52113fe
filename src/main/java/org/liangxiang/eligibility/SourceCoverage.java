package org.liangxiang.eligibility;

import java.time.Instant;
import java.util.UUID;

/** A source loaded for a region (or a region above it): by which import, and when. */
public record SourceCoverage(ReferenceSource source, String regionCode, UUID importId, Instant loadedAt) {}
