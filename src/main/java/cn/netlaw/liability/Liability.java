package cn.netlaw.liability;

/** The provider's civil liability for damages toward the claimant (§1). */
public enum Liability {
    DIRECT, INDIRECT, NONE, UNDETERMINED
}
