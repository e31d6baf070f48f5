package nl.tweedekamer.meldpunt.testing.archfixture.good.b.service;

public class Rapport { Object zaak = new nl.tweedekamer.meldpunt.testing.archfixture.good.a.service.ZaakService().open(); }
