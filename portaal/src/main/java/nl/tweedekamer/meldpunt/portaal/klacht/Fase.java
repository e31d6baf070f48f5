package nl.tweedekamer.meldpunt.portaal.klacht;

/** Where a complaint stands (klacht-service's status), as the message of {@code KlachtMsg} that says it in words. */
public final class Fase {

    private Fase() {
    }

    public static String sleutel(String status) {
        return switch (status == null ? "" : status) {
            case "CONCEPT" -> "faseConcept";
            case "INGEDIEND" -> "faseIngediend";
            case "ONTVANGEN" -> "faseOntvangen";
            case "AANVULLING_GEVRAAGD" -> "faseAanvullingGevraagd";
            case "ONTVANKELIJK" -> "faseOntvankelijk";
            case "HOORZITTING_GEPLAND" -> "faseHoorzittingGepland";
            case "GEHOORD" -> "faseGehoord";
            case "FEITENOVERZICHT" -> "faseFeitenoverzicht";
            case "ADVIES_VASTGESTELD" -> "faseAdviesVastgesteld";
            case "ADVIES_UITGEBRACHT" -> "faseAdviesUitgebracht";
            case "NIET_ONTVANKELIJK" -> "faseNietOntvankelijk";
            case "BEEINDIGD" -> "faseBeeindigd";
            default -> "faseOnbekend";
        };
    }
}
