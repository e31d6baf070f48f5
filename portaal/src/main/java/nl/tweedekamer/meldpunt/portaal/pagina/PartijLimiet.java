package nl.tweedekamer.meldpunt.portaal.pagina;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.tweedekamer.meldpunt.portaal.config.PortaalConfig;

/** The largest document a party adds through the portal, in kB, for the form's hint ({@code inject:partijLimiet}). */
@Named("partijLimiet")
@ApplicationScoped
public class PartijLimiet {

    @Inject
    PortaalConfig config;

    public long getKb() {
        return config.klachtBijlageMaxBytes() / 1024;
    }
}
