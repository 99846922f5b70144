package nl.veiligthuis.keten.monitoring.toegang;

import static org.awaitility.Awaitility.await;

import nl.veiligthuis.keten.monitoring.MonitoringIntegratieBasis;
import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import org.junit.jupiter.api.Test;

/** Issue 13 points 1 and 2: every operation of monitoring-service against who may call it (docs/security.md). */
class ToegangsmatrixIntegrationTest extends MonitoringIntegratieBasis {

    @Test
    void issue13_everyOperationNeedsATokenAndAdmitsOnlyItsRoles() throws Exception {
        new Toegangsmatrix(port).toets("""
                GET    /api/v1/monitoringen                               VT INS
                GET    /api/v1/monitoringen/{monitoringId}                VT INS
                GET    /api/v1/monitoringen/werkvoorraad                  VT INS
                POST   /api/v1/monitoringen/{monitoringId}/contacten      VT
                POST   /api/v1/monitoringen/{monitoringId}/oppakken       VT
                GET    /api/v1/gezinnen/{gezinId}/tijdlijn                VT WT TL INS
                GET    /api/v1/gezinnen/{gezinId}/tijdlijn/verificatie    INS BEH
                GET    /api/v1/gezinnen/{gezinId}/toestand                VT WT TL INS
                POST   /api/v1/gezinnen/{gezinId}/aanvullingen            VT WT
                GET    /api/v1/gezinnen/{gezinId}/aanvullingen            VT WT TL INS
                GET    /api/v1/gezinnen/{gezinId}/toetsing                INS
                GET    /api/v1/toetsingen                                 INS
                POST   /api/v1/betrokkenheden                             VT WT TL ORG
                DELETE /api/v1/betrokkenheden/{betrokkenheidId}           VT WT TL ORG
                GET    /api/v1/betrokkenheden/matches                     VT WT TL INS ORG
                GET    /api/v1/gezinnen/{gezinId}/betrokkenheid           VT WT TL INS ORG
                POST   /api/v1/beheer/tijdlijn/herbouw                    BEH
                GET    /api/v1/beheer/tijdlijn/herbouw/{herbouwId}        BEH
                """ + Toegangsmatrix.PLATFORM);
        // the beheerder's admitted call started a herbouw of the timeline: the other tests start their own
        await().atMost(MAX).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM tijdlijn_herbouw_run WHERE status = 'LOOPT'", Integer.class) == 0);
    }

    @Test
    void issue13_onlyHealthAndTheApiDescriptionAnswerWithoutAToken() throws Exception {
        new Toegangsmatrix(port).toetsActuator();
    }
}
