package nl.tweedekamer.meldpunt.klacht;

/** The ways a complaint ends (asyncapi KlachtBeeindigd.ending). */
public enum KlachtEinde {
    BESLUIT, NIET_ONTVANKELIJK, INGETROKKEN, BEMIDDELING
}
