package cn.netlaw.liability;

/**
 * HOST = {STORAGE, SEARCH, LINKING} manage information; CONDUIT = {ACCESS, CACHING} only carry it; INFRASTRUCTURE =
 * {INFRASTRUCTURE} leases the means (cloud servers, mini-program frameworks) and can only suspend a customer's whole
 * service (decision-spec §3).
 */
public enum RoleClass {
    HOST, CONDUIT, INFRASTRUCTURE
}
