package nl.tweedekamer.meldpunt.testing.archfixture.cycle.a.service;

public class ZaakService { nl.tweedekamer.meldpunt.testing.archfixture.cycle.a.Zaak zaak; }
