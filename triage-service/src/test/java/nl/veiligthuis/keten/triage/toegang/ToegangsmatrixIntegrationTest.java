package nl.veiligthuis.keten.triage.toegang;

import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import nl.veiligthuis.keten.triage.TriageIntegratieBasis;
import org.junit.jupiter.api.Test;

/** Issue 13 points 1 and 2: every operation of triage-service against who may call it (docs/security.md). */
class ToegangsmatrixIntegrationTest extends TriageIntegratieBasis {

    @Test
    void issue13_everyOperationNeedsATokenAndAdmitsOnlyItsRoles() throws Exception {
        new Toegangsmatrix(port).toets("""
                GET  /api/v1/triages/{meldingId}                        VT INS
                GET  /api/v1/triages/{meldingId}/contactpersoon         VT INS TKP
                POST /api/v1/triages/{meldingId}/start                  VT
                POST /api/v1/triages/{meldingId}/besluit                VT
                POST /api/v1/triages/{meldingId}/monitoringsfrequentie  VT
                POST /api/v1/triages/{meldingId}/wachtcontacten         VT
                GET  /api/v1/onderzoeken/{onderzoekId}                  VT INS
                POST /api/v1/onderzoeken/{onderzoekId}/start            VT
                POST /api/v1/onderzoeken/{onderzoekId}/afronding        VT
                POST /api/v1/onderzoeken/{onderzoekId}/overschrijding   VT
                POST /api/v1/onderzoeken/{onderzoekId}/overdrachtsgesprek VT
                GET  /api/v1/overdrachten/{overdrachtId}                VT WT TL INS
                GET  /api/v1/gezinnen/{gezinId}/zicht-op-veiligheid     VT WT TL INS
                GET  /api/v1/werkvoorraad                               VT INS
                GET  /api/v1/wachtlijsten                               VT INS BEH
                GET  /api/v1/wachtlijsten/historie                      VT INS BEH
                """ + Toegangsmatrix.PLATFORM);
    }

    @Test
    void issue13_onlyHealthAndTheApiDescriptionAnswerWithoutAToken() throws Exception {
        new Toegangsmatrix(port).toetsActuator();
    }
}
