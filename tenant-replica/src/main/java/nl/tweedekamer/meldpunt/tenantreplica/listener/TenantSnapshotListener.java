package nl.tweedekamer.meldpunt.tenantreplica.listener;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.platform.event.EventHandler;
import nl.tweedekamer.meldpunt.platform.event.InboundEvent;
import nl.tweedekamer.meldpunt.platform.event.Topics;
import nl.tweedekamer.meldpunt.platform.tenant.TenantSnapshot;
import nl.tweedekamer.meldpunt.tenantreplica.TenantReplica;
import nl.tweedekamer.meldpunt.tenantreplica.TenantSnapshotJson;

/**
 * Keeps the replica up to date from {@code tenants.v1}. The platform runs it in one transaction with the
 * inbox record, so a redelivered event (same id) is skipped before it gets here.
 */
@ApplicationScoped
public class TenantSnapshotListener implements EventHandler {

    /** Consumer name: the group is {@code <application>.tenant-replica}, the inbox key starts with it. */
    public static final String NAME = "tenant-replica";

    private static final Logger LOG = Logger.getLogger(TenantSnapshotListener.class);
    private static final Pattern TENANT_ID = Pattern.compile("[a-z0-9-]{1,64}");

    @Inject
    TenantSnapshotJson json;

    @Override
    public String name() {
        return NAME;
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
            passOver(event, "its data is not a tenant snapshot");
            return;
        }
        String refusal = refusal(snapshot, event);
        if (refusal != null) {
            passOver(event, refusal);
            return;
        }
        apply(snapshot, new String(event.data(), StandardCharsets.UTF_8));
    }

    /**
     * Each snapshot is the tenant's full state, so the newest one wins and an older revision, arriving
     * late or again, changes nothing (backbone.md, "Tenant snapshot").
     */
    void apply(TenantSnapshot snapshot, String snapshotJson) {
        TenantReplica replica = TenantReplica.findById(snapshot.tenantId(), LockModeType.PESSIMISTIC_WRITE);
        boolean isNew = replica == null;
        if (isNew) {
            replica = new TenantReplica();
            replica.tenantId = snapshot.tenantId();
        } else if (snapshot.revision() <= replica.revision) {
            LOG.debugf("Tenant replica %s stays at revision %d; revision %d is not newer",
                    replica.tenantId, replica.revision, snapshot.revision());
            return;
        }
        replica.revision = snapshot.revision();
        replica.kind = snapshot.kind();
        replica.status = snapshot.status();
        replica.snapshot = snapshotJson;
        replica.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (isNew) {
            replica.persist();
        }
        LOG.debugf("Tenant replica %s now at revision %d", replica.tenantId, replica.revision);
    }

    /** The values asyncapi.yaml allows; anything else would fail in the database on every retry. */
    private static final java.util.Set<String> KINDS = java.util.Set.of("AMBTELIJKE_ORGANISATIE", "FRACTIE");
    private static final java.util.Set<String> STATUSES = java.util.Set.of("ACTIVE", "OFFBOARDING", "OFFBOARDED");

    /** Why this snapshot can never be applied, or null when it can. */
    private static String refusal(TenantSnapshot snapshot, InboundEvent event) {
        if (snapshot == null || snapshot.tenantId() == null || !TENANT_ID.matcher(snapshot.tenantId()).matches()) {
            return "it names no valid tenant id";
        }
        if (event.tenantId() != null && !event.tenantId().equals(snapshot.tenantId())) {
            return "its tenantid attribute names another tenant than its data";
        }
        if (event.key() != null && !event.key().equals(snapshot.tenantId())) {
            return "its record key is not its tenant id";
        }
        if (snapshot.revision() < 0 || snapshot.kind() == null || snapshot.status() == null) {
            return "it lacks its revision, kind or status";
        }
        if (!KINDS.contains(snapshot.kind()) || !STATUSES.contains(snapshot.status())) {
            return "its kind or status is not one the contract knows";
        }
        return null;
    }

    /**
     * A snapshot that can never be applied would block every tenant behind it if it were retried, while
     * the next snapshot of its tenant carries the full state anyway: it is passed over, visibly, as the
     * consumer loop passes over records that are no CloudEvent.
     */
    private static void passOver(InboundEvent event, String reason) {
        LOG.errorf("Consumer %s passes over event %s of type %s: %s", NAME, event.id(), event.type(), reason);
    }
}
