package cn.netlaw.liability;

/** HOST = {STORAGE, SEARCH, LINKING} manage information; CONDUIT = {ACCESS, CACHING} only carry it (§3). */
public enum RoleClass {
    HOST, CONDUIT
}
