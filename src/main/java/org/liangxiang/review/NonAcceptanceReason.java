package org.liangxiang.review;

/**
 * Why a township does not accept an application (不予受理): a stable code; explanation and basis in
 * messages/review*.properties ({@code review.nonAcceptance.<CODE>.explanation} and {@code .basis}). {@link #OTHER}
 * needs the clerk's own explanation.
 */
public enum NonAcceptanceReason {
    /** The request is not for either of the two subsidies, or the person is not a disabled person under the policy. */
    OUT_OF_SCOPE,
    /** The person holds no disability certificate at all. */
    NO_DISABILITY_CERTIFICATE,
    /** The same subsidy is already paid to the person or already being decided. */
    ALREADY_RECEIVING_OR_PENDING,
    /** Another reason, explained by the clerk. */
    OTHER
}
