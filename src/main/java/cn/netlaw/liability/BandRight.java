package cn.netlaw.liability;

/**
 * The right column of the timeliness bands (docs/procedure.md#timeliness): the right types, plus PERSONALITY_OBVIOUS
 * for a HOST duty on an obvious personality infringement (doxxing, intimate images, plain insults).
 */
public enum BandRight {
    COPYRIGHT, COPYRIGHT_OTHER, PERSONALITY, PERSONALITY_OBVIOUS, TRADEMARK, PATENT, OTHER;

    /** The request-policy name: {@code copyright}, {@code copyrightOther}, {@code personalityObvious}, ... */
    public String camel() {
        String[] parts = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return name.toString();
    }

    /** The configuration name: {@code copyright}, {@code copyright-other}, {@code personality-obvious}, ... */
    public String kebab() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * Whether the class has a band for this right (the band table of docs/procedure.md#timeliness: the cells marked —
     * have none).
     */
    public boolean bandedIn(TimelinessClass timelinessClass) {
        return switch (timelinessClass) {
            case HOST -> true;
            case CONDUIT -> this != PERSONALITY_OBVIOUS;
            case ECOMMERCE -> this == COPYRIGHT || this == COPYRIGHT_OTHER || this == TRADEMARK || this == PATENT;
            case LIVE -> this == COPYRIGHT || this == COPYRIGHT_OTHER || this == PERSONALITY;
        };
    }

    static BandRight of(RightType rightType) {
        return switch (rightType) {
            case COPYRIGHT -> COPYRIGHT;
            case COPYRIGHT_OTHER -> COPYRIGHT_OTHER;
            case PERSONALITY -> PERSONALITY;
            case TRADEMARK -> TRADEMARK;
            case PATENT -> PATENT;
            case OTHER -> OTHER;
        };
    }
}
