package nl.tweedekamer.meldpunt.testing.archfixture.cycle.a;

public class Zaak { Object service = new nl.tweedekamer.meldpunt.testing.archfixture.cycle.a.service.ZaakService(); }
