package cn.netlaw.liability;

/** The provider's civil liability for damages toward the claimant (docs/procedure.md#decides). */
public enum Liability {
    DIRECT, INDIRECT, NONE, UNDETERMINED
}
