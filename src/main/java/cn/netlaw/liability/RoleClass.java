package cn.netlaw.liability;

/**
 * HOST = {STORAGE, SEARCH, LINKING} manage information; CONDUIT = {ACCESS, CACHING} only carry it; INFRASTRUCTURE =
 * {INFRASTRUCTURE} leases the means (cloud servers, mini-program frameworks) and can only suspend a customer's whole
 * service (docs/vocabulary.md#roles).
 */
public enum RoleClass {
    HOST, CONDUIT, INFRASTRUCTURE
}
