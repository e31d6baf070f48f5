package nl.tweedekamer.meldpunt.tenantreplica;

import static nl.tweedekamer.meldpunt.testing.ConsumedRecordContract.assertIgnoresOnly;
import static nl.tweedekamer.meldpunt.testing.ConsumedRecordContract.assertReadsOnlyContractFields;
import static nl.tweedekamer.meldpunt.testing.ConsumedRecordContract.ignored;

import org.junit.jupiter.api.Test;

import nl.tweedekamer.meldpunt.platform.tenant.TenantSnapshot;

/**
 * The replica reads {@code tenants.v1} as the platform's {@link TenantSnapshot}, nested records included: it names
 * only fields of asyncapi.yaml's snapshot, and it reads every required one, so a required field klacht-service adds
 * fails here until the replica decided what to do with it (the stored JSON keeps it either way).
 */
class TenantSnapshotContractTests {

    @Test
    void theSnapshotRecordNamesOnlyFieldsOfTheContract() {
        assertReadsOnlyContractFields(TenantSnapshot.class, TenantSnapshot.TYPE);
    }

    @Test
    void theReplicaReadsEveryRequiredFieldOfTheSnapshot() {
        assertIgnoresOnly(TenantSnapshot.class, TenantSnapshot.TYPE, ignored());
    }
}
