package nl.tweedekamer.meldpunt.melding.dossier;

/** Who acts on a melding: its melder, its VP (with their person id), a service or the system itself. */
public record Party(MeldingAudit.Actor actor, String id) {

    public static final Party SYSTEEM = new Party(MeldingAudit.Actor.SYSTEEM, null);
    public static final Party SERVICE = new Party(MeldingAudit.Actor.SERVICE, null);

    public static Party melder() {
        return new Party(MeldingAudit.Actor.MELDER, null);
    }

    public static Party vertrouwenspersoon(String personId) {
        return new Party(MeldingAudit.Actor.VERTROUWENSPERSOON, personId);
    }

    public boolean isMelder() {
        return actor == MeldingAudit.Actor.MELDER;
    }

    public boolean isVertrouwenspersoon() {
        return actor == MeldingAudit.Actor.VERTROUWENSPERSOON;
    }
}
