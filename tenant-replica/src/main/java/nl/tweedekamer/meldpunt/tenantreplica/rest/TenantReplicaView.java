package nl.tweedekamer.meldpunt.tenantreplica.rest;

import java.time.OffsetDateTime;
import java.util.List;

import nl.tweedekamer.meldpunt.platform.tenant.TenantSnapshot;
import nl.tweedekamer.meldpunt.tenantreplica.TenantReplica;

/** What this service knows of a tenant: no names, the roster only as its size. */
public record TenantReplicaView(String tenantId, long revision, String kind, String status,
        List<TenantSnapshot.Declaration> declarations, int rosterSize, OffsetDateTime updatedAt) {

    static TenantReplicaView of(TenantReplica replica, TenantSnapshot snapshot) {
        return new TenantReplicaView(replica.tenantId, replica.revision, replica.kind, replica.status,
                snapshot.declarations() == null ? List.of() : snapshot.declarations(),
                snapshot.roster() == null ? 0 : snapshot.roster().size(), replica.updatedAt);
    }
}
