package nl.tweedekamer.meldpunt.notificatie;

/**
 * Where a recipient's address is asked at send time: one of the internal contact lookups of the service
 * that owns it (klacht-service for parties, commission, employers; melding-service for vertrouwenspersonen
 * and reporters), with its argument.
 */
public record Lookup(Kind kind, String arg) {

    public enum Kind {
        /** klacht {@code GET /internal/cases/{caseId}/contacts/COMPLAINANT} (array) */
        CASE_COMPLAINANT,
        /** klacht {@code GET /internal/cases/{caseId}/contacts/ACCUSED} (array; the accused linked so far) */
        CASE_ACCUSED,
        /** klacht {@code GET /internal/cases/{caseId}/contacts/ADVICE_RECIPIENT} (array, one per employer) */
        CASE_ADVICE_RECIPIENT,
        /**
         * klacht {@code GET /internal/cases/{caseId}/contacts/DECIDER}, the one of this employer: the person who decides
         * for it in the case (domain.md §10.2), never the organisation's general address; arg {@code caseId/employerTenantId}
         */
        CASE_DECIDER,
        /** klacht {@code GET /internal/commission/contacts?function=SECRETARY} (array) */
        COMMISSION_SECRETARY,
        /** klacht {@code GET /internal/commission/contacts?function=CHAIR} (array) */
        COMMISSION_CHAIR,
        /**
         * klacht {@code GET /internal/cases/{caseId}/persons/{personId}/contact}: a person's address in that case (its
         * klaagschrift, the accused's link, the roster), never one from another case or a draft; arg {@code caseId/personId}
         */
        CASE_PERSON,
        /** klacht {@code GET /internal/tenants/{tenantId}/contacts/hr}: the HR contact, else the general one */
        ORGANISATION_HR,
        /** klacht {@code GET /internal/tenants/{tenantId}/contacts/persons/{personId}}: rostered staff; arg {@code tenantId/personId} */
        ROSTER_PERSON,
        /**
         * klacht {@code GET /internal/tenants/{tenantId}/contacts/persons/{personId}/until-confirmed/{declarationId}}:
         * rostered staff who have not confirmed the declaration yet (404 once they did); arg
         * {@code tenantId/personId/declarationId}
         */
        UNCONFIRMED_ROSTER_PERSON,
        /** melding {@code GET /internal/vertrouwenspersonen/{personId}/contact} */
        VERTROUWENSPERSOON,
        /** melding {@code GET /internal/tenants/{tenantId}/vertrouwenspersonen/{personId}/contact}: a fractie's own VP; arg {@code tenantId/personId} */
        EIGEN_VERTROUWENSPERSOON,
        /** melding {@code GET /internal/meldingen/{meldingId}/contacts/reporter}; 404 = anonymous or no email wanted */
        REPORTER
    }

    public Lookup {
        arg = arg == null ? "" : arg;
    }

    public static Lookup of(Kind kind, Object arg) {
        return new Lookup(kind, arg == null ? "" : arg.toString());
    }
}
