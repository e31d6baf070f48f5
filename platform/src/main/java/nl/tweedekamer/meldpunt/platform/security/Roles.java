package nl.tweedekamer.meldpunt.platform.security;

import java.util.Set;

/** Role names carried in the token's {@code groups} claim (domain.md §2). */
public final class Roles {
    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String FRACTIE_ADMIN = "fractie-admin";
    public static final String EMPLOYEE = "employee";
    public static final String VERTROUWENSPERSOON = "vertrouwenspersoon";
    public static final String COMMISSION_MEMBER = "commission-member";
    public static final String COMMISSION_SECRETARY = "commission-secretary";
    public static final String EMPLOYER = "employer";
    public static final String HR_PORTAL = "hr-portal";
    /**
     * Technical operations: the delivery log and what could not be delivered. Not the platform administrators
     * (Stafdienst HR), who manage organisations and the commission but have no business with the mail traffic.
     */
    public static final String OPERATOR = "operator";
    /** The platform's own services, for the internal contact lookups. */
    public static final String SERVICE = "service";

    public static final Set<String> ALL = Set.of(PLATFORM_ADMIN, FRACTIE_ADMIN, EMPLOYEE, VERTROUWENSPERSOON,
            COMMISSION_MEMBER, COMMISSION_SECRETARY, EMPLOYER, HR_PORTAL, OPERATOR, SERVICE);

    /** Roles that serve several tenants and therefore name the tenant in the path. */
    public static final Set<String> SERVING_SEVERAL_TENANTS = Set.of(PLATFORM_ADMIN, VERTROUWENSPERSOON,
            COMMISSION_MEMBER, COMMISSION_SECRETARY, OPERATOR, SERVICE);

    private Roles() {
    }
}
