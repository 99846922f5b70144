package nl.veiligthuis.keten.melding.toegang;

import nl.veiligthuis.keten.melding.MeldingIntegratieBasis;
import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import org.junit.jupiter.api.Test;

/** Issue 13 points 1 and 2: every operation of melding-service against who may call it (docs/security.md). */
class ToegangsmatrixIntegrationTest extends MeldingIntegratieBasis {

    @Test
    void issue13_everyOperationNeedsATokenAndAdmitsOnlyItsRolesAndScopes() throws Exception {
        new Toegangsmatrix(port).toets("""
                POST /api/v1/meldingen                                        VT MELD
                GET  /api/v1/meldingen/{meldingId}                            VT INS
                POST /api/v1/meldingen/{meldingId}/gezinskoppeling            VT
                POST /api/v1/meldingen/{meldingId}/gezinskoppeling/afwijzing  VT
                GET  /api/v1/meldingen/{meldingId}/terugkoppelingen           VT INS
                GET  /api/v1/terugkoppelingen/bezorgingen                     BEH
                POST /api/v1/terugkoppelingen/bezorgingen/{bezorgingId}/opnieuw BEH
                POST /api/v1/adviesvragen                                     VT ADV
                GET  /api/v1/adviesvragen/{adviesvraagId}                     VT INS
                """ + Toegangsmatrix.PLATFORM);
    }

    @Test
    void issue13_onlyHealthAndTheApiDescriptionAnswerWithoutAToken() throws Exception {
        new Toegangsmatrix(port).toetsActuator();
    }
}
