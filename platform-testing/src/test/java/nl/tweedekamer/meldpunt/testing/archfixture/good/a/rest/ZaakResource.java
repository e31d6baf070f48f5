package nl.tweedekamer.meldpunt.testing.archfixture.good.a.rest;

public class ZaakResource { nl.tweedekamer.meldpunt.testing.archfixture.good.a.service.ZaakService service = new nl.tweedekamer.meldpunt.testing.archfixture.good.a.service.ZaakService(); }
