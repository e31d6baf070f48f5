package nl.tweedekamer.meldpunt.testing.archfixture.good.a;

public class Zaak {}
