package nl.tweedekamer.meldpunt.melding.interventie;

import nl.tweedekamer.meldpunt.melding.dossier.Toestemming;

/**
 * Art 5.3: "De vertrouwenspersoon handelt uitsluitend naar aanleiding van een rechtstreeks verzoek en met
 * voorafgaande instemming van de melder." Steps that involve a third party — mediation, a referral that
 * passes on the melder's details, the hand-over to the commission — need the melder's recorded consent.
 */
public final class Toestemmingsplicht {

    private Toestemmingsplicht() {
    }

    /** The consent an intervention needs, or null when it needs none. */
    public static Toestemming.Scope consentNeededFor(InterventieSoort kind, boolean detailsShared) {
        return switch (kind) {
            case BEMIDDELING -> Toestemming.Scope.BEMIDDELING;
            case DOORVERWIJZING -> detailsShared ? Toestemming.Scope.DOORVERWIJZING_MET_GEGEVENS : null;
            default -> null;
        };
    }
}
