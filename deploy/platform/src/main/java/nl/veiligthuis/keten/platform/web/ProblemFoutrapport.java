package nl.veiligthuis.keten.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * What Tomcat itself refuses before any filter sees it (an encoded slash or a NUL in the path, a malformed request
 * line) answers problem+json like every other refusal, not Tomcat's HTML page (issue 13 point 8). Installed as the
 * host's error report valve; it says nothing of the server.
 */
public class ProblemFoutrapport extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable fout) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean schrijfbaar = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, schrijfbaar);
        if (!schrijfbaar.get()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer schrijver = response.getReporter();
            if (schrijver != null) {
                schrijver.write("{\"type\":\"about:blank\",\"title\":\"" + (status == 400 ? "Ongeldig verzoek" : "Fout")
                        + "\",\"status\":" + status
                        + ",\"detail\":\"Dit verzoek kan niet verwerkt worden; er is niets gewijzigd.\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException genegeerd) {
            // the client went away or the response was already committed: nothing more to say
        }
    }
}
