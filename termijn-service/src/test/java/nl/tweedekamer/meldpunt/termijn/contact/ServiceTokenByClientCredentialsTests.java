package nl.tweedekamer.meldpunt.termijn.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.tweedekamer.meldpunt.termijn.Termijn;
import nl.tweedekamer.meldpunt.termijn.TermijnRegel.Rol;
import nl.tweedekamer.meldpunt.testing.ClientCredentialsStub;
import nl.tweedekamer.meldpunt.testing.ContactLookupStub;
import nl.tweedekamer.meldpunt.testing.GreenMailResource;
import nl.tweedekamer.meldpunt.testing.MeldpuntTestResources;

/**
 * As in production: the service token of an internal lookup is the one the identity provider issued to the
 * services' client by the client credentials grant, never one the service signed itself (it then holds no key
 * that signs tokens).
 */
@QuarkusTest
@WithTestResource(value = MeldpuntTestResources.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ContactLookupStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ClientCredentialsStub.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class ServiceTokenByClientCredentialsTests {

    @Inject
    Recipients recipients;

    @Test
    void anInternalLookupCarriesTheTokenTheIdentityProviderIssuedByClientCredentials() {
        ContactLookupStub.contacts("/internal/commission/contacts?function=SECRETARY", "secretaris@commissie.example");
        ContactLookupStub.contacts("/internal/commission/contacts?function=CHAIR", "voorzitter@commissie.example");

        assertEquals(List.of("secretaris@commissie.example"),
                recipients.emails(new Termijn(), Rol.COMMISSIE_SECRETARIS));
        assertEquals(List.of("voorzitter@commissie.example"),
                recipients.emails(new Termijn(), Rol.COMMISSIE_VOORZITTER));

        List<String> issued = ClientCredentialsStub.issued();
        assertEquals(1, issued.size(), "one token fetched, and reused while it is valid");
        List<String> arrived = ContactLookupStub.acceptedTokens();
        assertEquals(List.of(issued.get(0), issued.get(0)), arrived.subList(arrived.size() - 2, arrived.size()),
                "both lookups carried the identity provider's token");
        assertEquals(0, ClientCredentialsStub.refusedRequests());
    }
}
