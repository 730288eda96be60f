package org.decisionledger.kernel.decision;

/**
 * Why a published decision is not subject to call-in, and who consented (usually the chair of the
 * scrutiny committee, for an urgent decision).
 */
public record CallInExemption(String reason, String consentedBy) {
}
