package nl.tweedekamer.meldpunt.portaal.contract;

import java.util.List;
import java.util.UUID;

/**
 * The pages of the portal that an email may link to: the one table. notificatie- and termijn-service build every
 * link as {@code meldpunt.portal.base-url} plus one of these routes; the portal serves each of them (its tests
 * ask every route in {@link #ALL}), so no email links to a page that does not exist.
 */
public final class PortalRoutes {

    /** A complaint, for whoever may see it (complainant, accused, commission, the decider). */
    public static final String KLACHT = "/klachten/{klachtId}";

    /** A melding, for its melder or its vertrouwenspersoon. */
    public static final String MELDING = "/meldingen/{meldingId}";

    /** The declaration in force, to confirm (onderschrijven). */
    public static final String VERKLARING = "/organisaties/{tenantId}/verklaring";

    /** The pattern signals an organisation received. */
    public static final String PATROONSIGNALEN = "/organisaties/{tenantId}/patroonsignalen";

    /** One statutory term, for the commission, the decider or the VP it concerns. */
    public static final String TERMIJN = "/termijnen/{termijnId}";

    public static final List<String> ALL = List.of(KLACHT, MELDING, VERKLARING, PATROONSIGNALEN, TERMIJN);

    private PortalRoutes() {
    }

    public static String klacht(UUID klachtId) {
        return KLACHT.replace("{klachtId}", klachtId.toString());
    }

    public static String melding(UUID meldingId) {
        return MELDING.replace("{meldingId}", meldingId.toString());
    }

    public static String verklaring(String tenantId) {
        return VERKLARING.replace("{tenantId}", tenantId);
    }

    public static String patroonsignalen(String tenantId) {
        return PATROONSIGNALEN.replace("{tenantId}", tenantId);
    }

    public static String termijn(UUID termijnId) {
        return TERMIJN.replace("{termijnId}", termijnId.toString());
    }
}
