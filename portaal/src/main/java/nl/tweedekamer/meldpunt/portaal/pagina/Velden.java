package nl.tweedekamer.meldpunt.portaal.pagina;

import java.util.UUID;

/** Reading a form's fields as typed: a blank field is empty, an id that is none is no id (the page says why). */
final class Velden {

    private Velden() {
    }

    static boolean leeg(String waarde) {
        return waarde == null || waarde.isBlank();
    }

    /** The id typed or chosen, or null when the field is empty or holds no id. */
    static UUID uuid(String waarde) {
        try {
            return leeg(waarde) ? null : UUID.fromString(waarde.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
