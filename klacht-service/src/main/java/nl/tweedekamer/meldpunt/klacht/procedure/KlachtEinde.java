package nl.tweedekamer.meldpunt.klacht.procedure;

/** The ways a complaint ends (asyncapi KlachtBeeindigd.ending). */
public enum KlachtEinde {
    BESLUIT, NIET_ONTVANKELIJK, INGETROKKEN, BEMIDDELING
}
