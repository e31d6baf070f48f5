package nl.tweedekamer.meldpunt.notificatie;

/** In which capacity someone receives an email: shown in the delivery log instead of who it was. */
public enum RecipientRole {
    KLAGER,
    AANGEKLAAGDE,
    COMMISSIE_SECRETARIS,
    /** the commission's chair (escalations, and the announcement of a file's deletion) */
    COMMISSIE_VOORZITTER,
    /** the employer involved, or whom the commission named to receive the advice instead */
    WERKGEVER,
    /** a party invited to a hearing */
    GENODIGDE,
    /** a named reporter who asked to be emailed */
    MELDER,
    VERTROUWENSPERSOON,
    /** a person on a tenant's roster, asked to confirm the declaration in force */
    MEDEWERKER,
    /** the organisation's HR contact: a pattern signal waits (domain.md §10.9) */
    HR_CONTACT
}
