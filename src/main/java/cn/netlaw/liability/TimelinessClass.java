package cn.netlaw.liability;

/**
 * The timeliness class of a duty (docs/procedure.md#timeliness-classes), chosen in this order: LIVE (a broadcast in
 * progress, for COPYRIGHT, COPYRIGHT_OTHER and PERSONALITY, a duty starting before {@code liveEndedAt}), ECOMMERCE (an
 * e-commerce platform and an IP right), then the role class: HOST, or CONDUIT for ACCESS, CACHING and INFRASTRUCTURE.
 */
public enum TimelinessClass {
    HOST, CONDUIT, ECOMMERCE, LIVE;

    /** The configuration and request-policy name of the class: {@code host}, {@code conduit}, ... */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
