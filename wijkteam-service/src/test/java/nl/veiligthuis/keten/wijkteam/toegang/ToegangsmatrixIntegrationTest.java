package nl.veiligthuis.keten.wijkteam.toegang;

import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import nl.veiligthuis.keten.wijkteam.WijkteamIntegratieBasis;
import org.junit.jupiter.api.Test;

/** Issue 13 points 1 and 2: every operation of wijkteam-service against who may call it (docs/security.md). */
class ToegangsmatrixIntegrationTest extends WijkteamIntegratieBasis {

    @Test
    void issue13_everyOperationNeedsATokenAndAdmitsOnlyItsRoles() throws Exception {
        new Toegangsmatrix(port).toets("""
                GET  /api/v1/zaken                                                  WT TL INS
                GET  /api/v1/zaken/{zaakId}                                         WT TL INS
                POST /api/v1/zaken/{zaakId}/acceptatie                              WT TL
                POST /api/v1/zaken/{zaakId}/overdrachten/{overdrachtId}/acceptatie  WT TL
                POST /api/v1/zaken/{zaakId}/overdrachten/{overdrachtId}/afsplitsing  WT TL
                POST /api/v1/zaken/{zaakId}/terugmelding                            WT TL
                POST /api/v1/zaken/{zaakId}/regisseur                               WT TL
                GET  /api/v1/zaken/{zaakId}/regie                                   WT TL INS
                POST /api/v1/zaken/{zaakId}/gezinsleden                             WT
                POST /api/v1/zaken/{zaakId}/gezinsleden/{lidId}/gesprekken          WT
                POST /api/v1/zaken/{zaakId}/gezinsleden/{lidId}/veiligheidsinschattingen WT
                POST /api/v1/zaken/{zaakId}/gezinsleden/{lidId}/zrm                 WT
                POST /api/v1/zaken/{zaakId}/leefgebiedenanalyse                     WT
                POST /api/v1/zaken/{zaakId}/genoemde-gezinsleden/{persoonId}/koppeling WT
                GET  /api/v1/zaken/{zaakId}/intake                                  WT TL INS
                POST /api/v1/zaken/{zaakId}/ondersteuningsplan                      WT
                POST /api/v1/zaken/{zaakId}/ondersteuningsplan/beoordeling          TL
                POST /api/v1/zaken/{zaakId}/ondersteuningsplan/evaluaties           WT
                POST /api/v1/zaken/{zaakId}/ondersteuningsplan/familiegroepsplan-aanbod WT
                POST /api/v1/zaken/{zaakId}/procesbespreking                        WT TL
                GET  /api/v1/zaken/{zaakId}/ondersteuningsplan                      WT TL INS
                POST /api/v1/zaken/{zaakId}/veiligheidsplan                         WT
                POST /api/v1/zaken/{zaakId}/veiligheidsplan/beoordeling             TL
                POST /api/v1/zaken/{zaakId}/veiligheidsplan/evaluaties              WT
                POST /api/v1/zaken/{zaakId}/veiligheidsplan/beeindiging             WT
                GET  /api/v1/zaken/{zaakId}/veiligheidsplan                         WT TL INS
                POST /api/v1/zaken/{zaakId}/afsluiting                              WT
                POST /api/v1/zaken/{zaakId}/afsluiting/beoordeling                  TL
                POST /api/v1/zaken/{zaakId}/informatiedeling                        WT
                GET  /api/v1/zaken/{zaakId}/afsluiting                              WT TL INS
                POST /api/v1/zaken/{zaakId}/opschalingen                            WT
                POST /api/v1/zaken/{zaakId}/opschalingen/{opschalingId}/besluit     TL
                GET  /api/v1/zaken/{zaakId}/opschalingen                            WT TL INS
                POST /api/v1/zaken/{zaakId}/contacten                               WT
                POST /api/v1/zaken/{zaakId}/contactfrequentie                       WT TL
                GET  /api/v1/zaken/{zaakId}/contacten                               WT TL INS
                POST /api/v1/zaken/{zaakId}/overleggen                              WT TL
                GET  /api/v1/zaken/{zaakId}/overleggen                              WT TL INS
                POST /api/v1/zaken/{zaakId}/nazorg/controles                        WT
                GET  /api/v1/zaken/{zaakId}/nazorg                                  WT TL INS
                GET  /api/v1/zaken/{zaakId}/monitoringcontacten                     WT TL INS
                POST /api/v1/zaken/{zaakId}/monitoringcontacten/{contactId}/antwoord WT
                POST /api/v1/zaken/{zaakId}/verhuizing                              WT TL
                POST /api/v1/zaken/{zaakId}/verhuizing/intrekking                   WT TL
                GET  /api/v1/zaken/{zaakId}/verhuizingen                            WT TL INS
                GET  /api/v1/verhuizingen                                           WT TL INS
                POST /api/v1/verhuizingen/{verhuizingId}/acceptatie                 WT TL
                POST /api/v1/verhuizingen/{verhuizingId}/weigering                  WT TL
                GET  /api/v1/werkvoorraad                                           WT TL INS
                GET  /api/v1/stuurinformatie                                        TL INS
                """ + Toegangsmatrix.PLATFORM);
    }

    @Test
    void issue13_onlyHealthAndTheApiDescriptionAnswerWithoutAToken() throws Exception {
        new Toegangsmatrix(port).toetsActuator();
    }
}
