package nl.veiligthuis.keten.triage.zicht;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.platform.beveiliging.Beller;
import nl.veiligthuis.keten.platform.beveiliging.Toegangskenmerken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/gezinnen")
public class ZichtOpVeiligheidController {

    private final ZichtOpVeiligheidProjection zicht;
    private final JdbcClient jdbc;

    public ZichtOpVeiligheidController(ZichtOpVeiligheidProjection zicht, JdbcClient jdbc) {
        this.zicht = zicht;
        this.jdbc = jdbc;
    }

    @Operation(summary = "Wie houdt zicht op veiligheid voor dit gezin en sinds wanneer (R2); met op: op dat moment")
    @GetMapping("/{gezinId}/zicht-op-veiligheid")
    public ZichtOpVeiligheidView haalOp(Beller beller,
                                        @Parameter(example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01") @PathVariable String gezinId,
                                        @Parameter(example = "2026-11-25T12:00:00Z") @RequestParam(required = false) Instant op) {
        if (!binnenWerkgebied(beller, gezinId)) {
            // issue 13: outside the caller's werkgebied the answer is the one for a gezin nobody knows
            Toegangskenmerken.buitenWerkgebied(gezinId);
            return ZichtOpVeiligheidView.van(gezinId, List.of(), 0);
        }
        return zicht.find(gezinId, op);
    }

    /**
     * Veilig Thuis sees the gezinnen with a triage of its regio, a wijkteam those handed over to its gemeente; the
     * inspecteur every gezin. A gezin nobody knows has no organisations and gets the empty answer either way.
     */
    private boolean binnenWerkgebied(Beller beller, String gezinId) {
        if (!beller.isBegrensd()) {
            return true;
        }
        List<String> organisaties = jdbc.sql("""
                SELECT regio FROM triage_overzicht WHERE gezin_id = :gezinId AND regio IS NOT NULL
                UNION SELECT 'Wijkteam ' || gemeente FROM overdracht WHERE gezin_id = :gezinId""")
                .param("gezinId", gezinId).query(String.class).list();
        return organisaties.stream().anyMatch(beller::isVan);
    }
}
