package nl.veiligthuis.keten.platform.toegangslog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record of the access log in the shape of Logius' standard Logboek Dataverwerkingen (LDV): an action within a
 * trace, with its status, name, begin and end, the system it ran in ({@code resource}) and, under {@code attributes},
 * the standard's {@code dpl.core} fields for the processing activity and the data subject. What NEN 7513 asks for
 * beyond that (who, on whose behalf, organisation, role, basis, emergency access, the objects, the chain's hash)
 * follows under the chain's own prefix {@code keten.}, which the standard does not define: a logbook that takes only
 * {@code dpl.} attributes can leave those out.
 *
 * @param status {@code Ok} when the request was carried out, {@code Unset} when it was refused or invalid (handled
 *               without an internal error, as the standard asks), {@code Error} for a fault of the service
 */
record Dataverwerking(@JsonProperty("trace_id") String traceId, @JsonProperty("span_id") String spanId,
                      String status, String name, @JsonProperty("start_time") Instant startTime,
                      @JsonProperty("end_time") Instant endTime, Map<String, Map<String, Object>> resource,
                      Map<String, Object> attributes) {

    static final String GEZIN = "urn:nl-veilig-thuis:keten:gezin-id";
    static final String PERSOON = "urn:nl-veilig-thuis:keten:persoon-id";

    /** The record, for the one data subject it is asked for: a gezin ({@link #GEZIN}) or a person ({@link #PERSOON}). */
    static Dataverwerking van(Toegangslog.Regel regel, String betrokkene, String betrokkeneSoort,
                              String verwerkingsactiviteit) {
        Toegangsregistratie r = regel.registratie();
        Map<String, Object> attributen = new LinkedHashMap<>();
        attributen.put("dpl.core.processing_activity_id", verwerkingsactiviteit);
        attributen.put("dpl.core.data_subject_id", betrokkene);
        attributen.put("dpl.core.data_subject_id_type", betrokkeneSoort);
        attributen.put("keten.volgnummer", regel.volgnummer());
        attributen.put("keten.registratie_id", r.registratieId());
        attributen.put("keten.handeling", r.handeling());
        attributen.put("keten.uitkomst", r.uitkomst());
        attributen.put("keten.http_status", r.httpStatus());
        attributen.put("keten.gebruiker", r.gebruiker());
        attributen.put("keten.namens", r.namens());
        attributen.put("keten.organisatie", r.organisatie());
        attributen.put("keten.rol", r.rol());
        attributen.put("keten.grondslag", r.grondslag());
        attributen.put("keten.noodtoegang", r.noodtoegang());
        attributen.put("keten.gezinnen", r.gezinnen());
        attributen.put("keten.personen", r.personen());
        attributen.put("keten.objecten", r.objecten());
        attributen.put("keten.hash", regel.hash());
        return new Dataverwerking(r.traceId(), r.spanId(), status(r.httpStatus()), r.verwerking(), r.begin(),
                r.einde(), Map.of("attributes", Map.of("service.name", r.dienst())), attributen);
    }

    private static String status(int httpStatus) {
        if (httpStatus >= 500) {
            return "Error";
        }
        return httpStatus < 400 ? "Ok" : "Unset";
    }
}
