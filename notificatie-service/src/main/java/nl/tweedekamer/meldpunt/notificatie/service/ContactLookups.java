package nl.tweedekamer.meldpunt.notificatie.service;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import nl.tweedekamer.meldpunt.notificatie.Lookup;
import nl.tweedekamer.meldpunt.notificatie.client.Contact;
import nl.tweedekamer.meldpunt.notificatie.client.KlachtContactsClient;
import nl.tweedekamer.meldpunt.melding.contract.MeldingContactClient;
import nl.tweedekamer.meldpunt.platform.security.ServiceToken;

/**
 * Asks the owning service for the recipients of a {@link Lookup}, at the moment of sending. A 404 means
 * nobody (unknown, anonymous, no email wanted); any other failure means "try again later".
 */
@ApplicationScoped
public class ContactLookups {

    /** The owning service could not answer now; the work waits and is retried. */
    public static class Unavailable extends RuntimeException {
        public Unavailable(Throwable cause) {
            // the cause's message may carry a URL or a body: only its class is kept
            super("contact lookup unavailable (" + cause.getClass().getSimpleName() + ")", null, false, false);
        }
    }

    /**
     * The owning service answered 200 with a contact that has no id or no address: its contract is broken. That is
     * never "nobody" (the person would silently not be told): an alert for the operators, and the work waits.
     */
    public static class ContractBreach extends Unavailable {
        public ContractBreach(Lookup.Kind kind) {
            super(new IllegalStateException());
            LOG.errorf("ALERT contract breach: the %s lookup answered a contact without id or email; "
                    + "the notification waits until the owning service answers by its contract", kind);
        }
    }

    private static final Logger LOG = Logger.getLogger(ContactLookups.class);

    @Inject
    @RestClient
    KlachtContactsClient klacht;

    @Inject
    @RestClient
    MeldingContactClient melding;

    @Inject
    ServiceToken token;

    public List<Contact> find(Lookup lookup) {
        try {
            List<Contact> found = switch (lookup.kind()) {
                case CASE_COMPLAINANT -> klacht.caseParty(lookup.arg(), "COMPLAINANT");
                case CASE_ACCUSED -> klacht.caseParty(lookup.arg(), "ACCUSED");
                case CASE_ADVICE_RECIPIENT -> klacht.caseParty(lookup.arg(), "ADVICE_RECIPIENT");
                case CASE_DECIDER -> {
                    String caseId = lookup.arg().substring(0, lookup.arg().indexOf('/'));
                    String employer = lookup.arg().substring(lookup.arg().indexOf('/') + 1);
                    yield klacht.caseParty(caseId, "DECIDER").stream()
                            .filter(c -> c != null && employer.equals(c.tenantId())).toList();
                }
                case COMMISSION_SECRETARY -> klacht.commission("SECRETARY");
                case COMMISSION_CHAIR -> klacht.commission("CHAIR");
                case CASE_PERSON -> single(klacht.personInCase(
                        lookup.arg().substring(0, lookup.arg().indexOf('/')),
                        lookup.arg().substring(lookup.arg().indexOf('/') + 1)));
                case ORGANISATION_HR -> single(klacht.hr(lookup.arg()));
                case UNCONFIRMED_ROSTER_PERSON -> {
                    String[] parts = lookup.arg().split("/", 3);
                    yield single(klacht.unconfirmedRosterPerson(parts[0], parts[1], parts[2]));
                }
                case ROSTER_PERSON -> single(klacht.rosterPerson(
                        lookup.arg().substring(0, lookup.arg().indexOf('/')),
                        lookup.arg().substring(lookup.arg().indexOf('/') + 1)));
                case VERTROUWENSPERSOON -> single(fromMelding(
                        melding.poolVertrouwenspersoon(UUID.fromString(lookup.arg()), token.bearer())));
                case EIGEN_VERTROUWENSPERSOON -> single(fromMelding(melding.ownVertrouwenspersoon(
                        lookup.arg().substring(0, lookup.arg().indexOf('/')),
                        UUID.fromString(lookup.arg().substring(lookup.arg().indexOf('/') + 1)), token.bearer())));
                case REPORTER -> single(fromMelding(melding.reporter(UUID.fromString(lookup.arg()), token.bearer())));
            };
            List<Contact> contacts = found == null ? List.of() : found.stream().filter(Objects::nonNull).toList();
            if (contacts.stream().anyMatch(c -> c.id() == null || c.email() == null || c.email().isBlank())) {
                throw new ContractBreach(lookup.kind());
            }
            return contacts;
        } catch (ContractBreach e) {
            throw e;
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return List.of();
            }
            throw new Unavailable(e);
        } catch (RuntimeException e) {
            throw new Unavailable(e);
        }
    }

    /** melding-service's contacts belong to no tenant of a case: only id and address. */
    private static Contact fromMelding(nl.tweedekamer.meldpunt.melding.contract.Contact contact) {
        return contact == null ? null : new Contact(contact.id(), contact.email(), null);
    }

    private static List<Contact> single(Contact contact) {
        return contact == null ? List.of() : List.of(contact);
    }
}
