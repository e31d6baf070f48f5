package nl.tweedekamer.meldpunt.testing.archfixture.internal.b.service;

public class Rapport { Object resource = new nl.tweedekamer.meldpunt.testing.archfixture.internal.a.rest.ZaakResource(); }
