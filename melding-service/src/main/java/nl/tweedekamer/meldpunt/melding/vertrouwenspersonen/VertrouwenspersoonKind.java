package nl.tweedekamer.meldpunt.melding.vertrouwenspersonen;

/** The shared pool, or a fractie's own vertrouwenspersoon (asyncapi.yaml: {@code kind}). */
public enum VertrouwenspersoonKind {
    POOL, EIGEN
}
