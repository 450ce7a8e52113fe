/**
 * The audit trail: append-only records written in the caller's transaction, sealed into an SM3 hash chain by a job,
 * with SM2-signed checkpoints, and a verification that names the first record altered, removed or out of order.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.liangxiang.audit;
