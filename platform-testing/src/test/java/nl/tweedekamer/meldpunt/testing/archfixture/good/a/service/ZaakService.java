package nl.tweedekamer.meldpunt.testing.archfixture.good.a.service;

public class ZaakService { public nl.tweedekamer.meldpunt.testing.archfixture.good.a.Zaak open() { return new nl.tweedekamer.meldpunt.testing.archfixture.good.a.Zaak(); } }
