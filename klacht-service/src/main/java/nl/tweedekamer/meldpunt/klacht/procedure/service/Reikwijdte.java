package nl.tweedekamer.meldpunt.klacht.procedure.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.tweedekamer.meldpunt.klacht.onboarding.Declaration;
import nl.tweedekamer.meldpunt.klacht.onboarding.Tenant;
import nl.tweedekamer.meldpunt.klacht.onboarding.TenantKind;
import nl.tweedekamer.meldpunt.klacht.procedure.Aangeklaagde;
import nl.tweedekamer.meldpunt.klacht.procedure.repository.CaseDirectory;
import nl.tweedekamer.meldpunt.klacht.onboarding.PersonKind;
import nl.tweedekamer.meldpunt.klacht.onboarding.RosterEntry;
import nl.tweedekamer.meldpunt.platform.problem.ProblemException;

/**
 * Whether the regulation takes this complaint at all, checked before it is accepted: only medewerkers are
 * accused (art 2.j); a Kamerlid goes to the College van onderzoek integriteit; the complainant's organisation
 * and every accused's employer must have declared the regulation applicable on the filing date (art 1,
 * domain.md §1).
 */
@ApplicationScoped
public class Reikwijdte {

    public static final String KAMERLID = "https://meldpunt.tweedekamer.nl/problems/kamerlid";
    public static final String KAMERLID_KLAGER = "https://meldpunt.tweedekamer.nl/problems/kamerlid-klager";
    public static final String BUITEN_REGELING = "https://meldpunt.tweedekamer.nl/problems/buiten-regeling";
    public static final String GEEN_VERKLARING = "https://meldpunt.tweedekamer.nl/problems/geen-verklaring";

    @Inject
    CaseDirectory directory;

    /**
     * Art 2.c, domain.md §10.13: the klager is a medewerker; a person on the roster of the complainant's
     * organisation as a Kamerlid files no complaint and is shown the route to a vertrouwenspersoon.
     */
    public void complainant(UUID complainantId) {
        boolean kamerlid = RosterEntry.count("(subject = ?1 or personId = ?2) and kind = ?3",
                complainantId.toString(), complainantId, PersonKind.KAMERLID) > 0;
        if (kamerlid) {
            throw ProblemException.unprocessable(KAMERLID_KLAGER, "A Kamerlid files no complaint",
                    "Under the Klachtenregeling only a medewerker files a complaint with the klachtencommissie "
                            + "(art 2.c); a Kamerlid is none. You can turn to a vertrouwenspersoon (art 2.a, 3): they "
                            + "listen, advise and, if you wish, help you find the right route, such as the College van "
                            + "onderzoek integriteit. The vertrouwenspersonen of the shared pool and of your "
                            + "organisation are listed publicly and can be reached through the anonymous mailbox.");
        }
    }

    /** @return the declaration of the complainant's organisation the case is handled under */
    public UUID check(String complainantTenantId, List<Aangeklaagde> accused, LocalDate filedOn) {
        for (Aangeklaagde a : accused) {
            switch (a.relation) {
                case KAMERLID -> throw ProblemException.unprocessable(KAMERLID, "Complaint about a Kamerlid",
                        "The klachtencommissie handles complaints about medewerkers only (art 2.j). A complaint about "
                                + "unwanted behaviour by a Kamerlid goes to the College van onderzoek integriteit of "
                                + "the Tweede Kamer; a vertrouwenspersoon can help you with it.");
                case EXTERN -> throw ProblemException.unprocessable(BUITEN_REGELING, "Outside the regulation",
                        "The Klachtenregeling covers complaints about medewerkers only (art 2.j); behaviour of a "
                                + "visitor, journalist, lobbyist or anyone else who is no medewerker is outside it. "
                                + "A vertrouwenspersoon can tell you where to turn.");
                default -> {
                }
            }
            if (a.employerTenantId == null) {
                throw ProblemException.invalidField("accused[" + a.seqNo + "].employerTenantId",
                        "name the organisation that employs the accused");
            }
            Tenant employer = Tenant.findById(a.employerTenantId);
            if (employer == null) {
                throw ProblemException.invalidField("accused[" + a.seqNo + "].employerTenantId",
                        "no organisation '" + a.employerTenantId + "' is registered on the platform");
            }
            boolean civilService = employer.kind == TenantKind.AMBTELIJKE_ORGANISATIE;
            if (civilService != (a.relation == nl.tweedekamer.meldpunt.klacht.procedure.Relatie.MEDEWERKER_AMBTELIJK)) {
                throw ProblemException.invalidField("accused[" + a.seqNo + "].relation", civilService
                        ? "a medewerker of the civil service is MEDEWERKER_AMBTELIJK"
                        : "a medewerker of a fractie is MEDEWERKER_FRACTIE");
            }
        }
        UUID declaration = inForce(complainantTenantId, filedOn, "your organisation");
        for (Aangeklaagde a : accused) {
            inForce(a.employerTenantId, filedOn, "the employer of an accused (" + a.employerTenantId + ")");
        }
        return declaration;
    }

    private UUID inForce(String tenantId, LocalDate filedOn, String whose) {
        Tenant tenant = Tenant.findById(tenantId);
        if (tenant == null || !tenant.status.receivesNewCases()) {
            throw ProblemException.unprocessable(GEEN_VERKLARING, "Organisation takes no new complaints",
                    "For " + whose + " the platform takes no new complaints: it is being offboarded.");
        }
        return directory.declarationsOf(tenantId).inForceOn(filedOn).map((Declaration d) -> d.id)
                .orElseThrow(() -> ProblemException.unprocessable(GEEN_VERKLARING,
                        "Regulation not declared applicable",
                        "On " + filedOn + " " + whose + " had not declared the Klachtenregeling applicable (art 1), "
                                + "so the klachtencommissie cannot take this complaint. A fractie joins when its "
                                + "administrator declares the regulation applicable to its staff with the model letter "
                                + "(option 1: added to the personeelshandboek; option 2: declared applicable to the "
                                + "employment contracts), submitted on the platform as POST /tenants/{tenantId}/"
                                + "declarations; from its effective date complaints can be filed. Until then a "
                                + "vertrouwenspersoon of the shared pool is open to everyone."));
    }
}
