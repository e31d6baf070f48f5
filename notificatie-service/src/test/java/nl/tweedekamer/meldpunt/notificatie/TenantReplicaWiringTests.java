package nl.tweedekamer.meldpunt.notificatie;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.tweedekamer.meldpunt.notificatie.testing.ContactStub;
import nl.tweedekamer.meldpunt.tenantreplica.testing.TenantReplicaWiring;
import nl.tweedekamer.meldpunt.testing.GreenMailResource;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * notificatie-service keeps the tenant replica: a snapshot on tenants.v1 reaches its database and its
 * {@code GET /tenants/{tenantId}/replica}, which only platform admins and services may read.
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactStub.class, scope = TestResourceScope.GLOBAL)
class TenantReplicaWiringTests extends TenantReplicaWiring {
}
