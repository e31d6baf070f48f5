package nl.tweedekamer.meldpunt.melding.dossier;

/**
 * What a melding is about (domain.md §3): unwanted behaviour (then a category and the relation of the person
 * behaving badly are required), or one of the other kinds the VPs' annual reports count.
 */
public enum MeldingSoort {
    ONGEWENSTE_OMGANGSVORMEN,
    INTEGRITEITSVRAAG,
    ADVIESVRAAG,
    NIET_GEHOORD_DOOR_LEIDINGGEVENDE;

    public boolean isBehaviour() {
        return this == ONGEWENSTE_OMGANGSVORMEN;
    }
}
