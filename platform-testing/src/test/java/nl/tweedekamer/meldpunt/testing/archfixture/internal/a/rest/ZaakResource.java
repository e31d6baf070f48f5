package nl.tweedekamer.meldpunt.testing.archfixture.internal.a.rest;

public class ZaakResource {}
