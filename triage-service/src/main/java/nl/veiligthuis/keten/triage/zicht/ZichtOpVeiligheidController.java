package nl.veiligthuis.keten.triage.zicht;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/gezinnen")
public class ZichtOpVeiligheidController {

    private final ZichtOpVeiligheidProjection zicht;

    public ZichtOpVeiligheidController(ZichtOpVeiligheidProjection zicht) {
        this.zicht = zicht;
    }

    @Operation(summary = "Wie houdt zicht op veiligheid voor dit gezin en sinds wanneer (R2); met op: op dat moment")
    @GetMapping("/{gezinId}/zicht-op-veiligheid")
    public ZichtOpVeiligheidView haalOp(@Parameter(example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01") @PathVariable String gezinId, @Parameter(example = "2026-11-25T12:00:00Z") @RequestParam(required = false) Instant op) {
        return zicht.find(gezinId, op);
    }
}
