package nl.tweedekamer.meldpunt.termijn.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.klacht.contract.Contact;
import nl.tweedekamer.meldpunt.klacht.contract.KlachtContactClient;
import nl.tweedekamer.meldpunt.melding.contract.MeldingContactClient;
import nl.tweedekamer.meldpunt.platform.security.ServiceToken;
import nl.tweedekamer.meldpunt.termijn.Termijn;
import nl.tweedekamer.meldpunt.termijn.TermijnRegel.Rol;

/**
 * Whom a reminder reaches, asked at send time from the service that owns the address (architecture.md,
 * Messaging): never from Kafka, never stored. A lookup that fails throws, so the reminder waits and is retried;
 * a 404 means nobody in that role.
 */
@ApplicationScoped
public class Recipients {

    @Inject
    @RestClient
    KlachtContactClient klacht;

    @Inject
    @RestClient
    MeldingContactClient melding;

    private static final Logger LOG = Logger.getLogger(Recipients.class);

    @Inject
    ServiceToken token;

    public List<String> emails(Termijn t, Rol rol) {
        String bearer = token.bearer();
        List<Contact> contacts = switch (rol) {
            case KLAGER -> orEmpty(() -> klacht.caseParty(t.caseId, "COMPLAINANT", bearer));
            case COMMISSIE_SECRETARIS -> orEmpty(() -> klacht.commission("SECRETARY", bearer));
            case COMMISSIE_VOORZITTER -> orEmpty(() -> klacht.commission("CHAIR", bearer));
            // the employer's contact, or whom the commission named instead (domain.md §2)
            case WERKGEVER -> orEmpty(() -> klacht.caseParty(t.caseId, "ADVICE_RECIPIENT", bearer)).stream()
                    .filter(c -> c.tenantId() == null || c.tenantId().equals(t.employerTenantId)).toList();
            case VERTROUWENSPERSOON -> vertrouwenspersoon(t, bearer);
            case BEHEERDER -> "EIGEN".equals(t.appointeeKind) && t.tenantId != null
                    ? one(() -> klacht.organisation(t.tenantId, bearer))
                    : orEmpty(() -> klacht.administrators(bearer));
        };
        List<String> emails = new ArrayList<>();
        for (Contact c : contacts == null ? List.<Contact>of() : contacts) {
            if (c == null) {
                continue;
            }
            if (c.id() == null || c.email() == null || c.email().isBlank()) {
                // a broken contract is never "nobody": the reminder waits and is retried, and the operators are told
                LOG.errorf("ALERT contract breach: the %s lookup for term %s answered a contact without id or email; "
                        + "the reminder waits until the owning service answers by its contract", rol, t.id);
                throw new IllegalStateException("contact lookup for " + rol + " broke its contract");
            }
            if (!emails.contains(c.email())) {
                emails.add(c.email());
            }
        }
        return emails;
    }

    private List<Contact> vertrouwenspersoon(Termijn t, String bearer) {
        if ("EIGEN".equals(t.appointeeKind) && t.tenantId != null) {
            return one(() -> fromMelding(melding.ownVertrouwenspersoon(t.tenantId, t.personId, bearer)));
        }
        List<Contact> pool = one(() -> fromMelding(melding.poolVertrouwenspersoon(t.personId, bearer)));
        if (pool.isEmpty() && t.appointeeKind == null && t.tenantId != null) {
            // T6: the file's VP may be the fractie's own
            return one(() -> fromMelding(melding.ownVertrouwenspersoon(t.tenantId, t.personId, bearer)));
        }
        return pool;
    }

    /**
     * melding-service's contacts belong to no tenant of a case: only id and address, read in klacht-contract's shape
     * so that both producers' answers meet the one check above.
     */
    private static Contact fromMelding(nl.tweedekamer.meldpunt.melding.contract.Contact contact) {
        return contact == null ? null : new Contact(contact.id(), contact.email());
    }

    private static List<Contact> one(java.util.function.Supplier<Contact> lookup) {
        List<Contact> list = orEmpty(() -> {
            Contact c = lookup.get();
            return c == null ? List.of() : List.of(c);
        });
        return list.stream().filter(Objects::nonNull).toList();
    }

    private static List<Contact> orEmpty(java.util.function.Supplier<List<Contact>> lookup) {
        try {
            return lookup.get();
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return List.of();
            }
            throw e;
        }
    }
}
