package nl.tweedekamer.meldpunt.melding.crypto;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.tweedekamer.meldpunt.platform.event.EventHandler;
import nl.tweedekamer.meldpunt.platform.event.InboundEvent;
import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.platform.tenant.TenantSnapshot;
import nl.tweedekamer.meldpunt.tenantreplica.TenantSnapshotJson;

/**
 * Offboarding a tenant deletes its key once its last melding is gone (architecture.md, Security). A tenant that
 * is offboarded while meldingen of it remain keeps its key until the last of them is destroyed (T6).
 */
@ApplicationScoped
public class TenantKeyRetirement implements EventHandler {

    @Inject
    TenantSnapshotJson json;

    @Inject
    EnvelopeEncryption crypto;

    @Override
    public String name() {
        return "tenant-key-retirement";
    }

    @Override
    public Collection<String> topics() {
        return List.of(Topics.TENANTS);
    }

    @Override
    public void handle(InboundEvent event) {
        if (!TenantSnapshot.TYPE.equals(event.type())) {
            return;
        }
        TenantSnapshot snapshot;
        try {
            snapshot = json.read(event.data());
        } catch (IOException e) {
            return; // the replica's own listener reports it
        }
        if (snapshot != null && "OFFBOARDED".equals(snapshot.status()) && snapshot.tenantId() != null) {
            crypto.retireTenantKeyIfUnused(snapshot.tenantId());
        }
    }
}
