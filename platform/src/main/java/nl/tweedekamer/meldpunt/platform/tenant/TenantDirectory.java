package nl.tweedekamer.meldpunt.platform.tenant;

/** Which tenants exist, as this service knows them (klacht-service owns them; the others keep a copy). */
public interface TenantDirectory {

    boolean exists(String tenantId);
}
