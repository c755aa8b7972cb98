package cn.netlaw.liability;

/** The kind of right infringed (docs/vocabulary.md#right-types). */
public enum RightType {
    /** The right of communication through information networks (信息网络传播权): the Regulation and SPC_NDR apply. */
    COPYRIGHT(true),
    /** Other copyright powers (distribution, broadcasting): general rules, plus the E-Commerce Law on a platform. */
    COPYRIGHT_OTHER(true),
    /** Personality rights (人格权): name, reputation, privacy, portrait. */
    PERSONALITY(false),
    TRADEMARK(true),
    PATENT(true),
    /** Any other right or interest, e.g. unfair competition. */
    OTHER(false);

    private final boolean intellectualProperty;

    RightType(boolean intellectualProperty) {
        this.intellectualProperty = intellectualProperty;
    }

    /** IP types = {COPYRIGHT, COPYRIGHT_OTHER, TRADEMARK, PATENT}. */
    public boolean isIntellectualProperty() {
        return intellectualProperty;
    }
}
