package cn.netlaw.liability;

/** The provider's role for the content in question (docs/vocabulary.md#roles). */
public enum Role {
    /** Genuine automatic access or transmission (自动接入/传输). */
    ACCESS(RoleClass.CONDUIT),
    /** System caching, CDN (系统缓存). */
    CACHING(RoleClass.CONDUIT),
    /** Information storage space (信息存储空间): forums, UGC sites, net disks, app stores, listings. */
    STORAGE(RoleClass.HOST),
    /** Search services (搜索). */
    SEARCH(RoleClass.HOST),
    /** Linking services (链接). */
    LINKING(RoleClass.HOST),
    /**
     * Cloud servers, IaaS, hosting infrastructure leased to a customer, mini-program frameworks: none of the
     * Regulation's service types; the provider cannot see or remove a single item, only suspend the customer's whole
     * service (3.0).
     */
    INFRASTRUCTURE(RoleClass.INFRASTRUCTURE);

    private final RoleClass roleClass;

    Role(RoleClass roleClass) {
        this.roleClass = roleClass;
    }

    public RoleClass roleClass() {
        return roleClass;
    }

    public boolean isHost() {
        return roleClass == RoleClass.HOST;
    }

    /** ACCESS or CACHING. */
    public boolean isConduit() {
        return roleClass == RoleClass.CONDUIT;
    }

    public boolean isInfrastructure() {
        return roleClass == RoleClass.INFRASTRUCTURE;
    }
}
