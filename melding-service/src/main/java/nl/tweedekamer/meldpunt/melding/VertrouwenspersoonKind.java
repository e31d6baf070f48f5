package nl.tweedekamer.meldpunt.melding;

/** The shared pool, or a fractie's own vertrouwenspersoon (asyncapi.yaml: {@code kind}). */
public enum VertrouwenspersoonKind {
    POOL, EIGEN
}
