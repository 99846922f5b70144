package nl.veiligthuis.keten.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body larger than {@code keten.web.max-omvang} is refused with 413 problem+json before anything reads it
 * (issue 13 point 8): by its Content-Length at once, and a chunked body as soon as it passes the limit.
 */
public class MaximaleOmvangFilter extends OncePerRequestFilter {

    private final long maximum;

    public MaximaleOmvangFilter(DataSize maximum) {
        this.maximum = maximum.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maximum) {
            ProblemResponse.schrijf(request, response, teGroot(maximum));
            return;
        }
        chain.doFilter(new Begrensd(request, maximum), response);
    }

    static org.springframework.http.ProblemDetail teGroot(long maximum) {
        return ProblemDetailsAdvice.probleem(HttpStatus.CONTENT_TOO_LARGE, "Verzoek te groot",
                "De body is groter dan " + maximum + " bytes; er is niets gewijzigd.", Map.of());
    }

    /** Thrown while a body is read past the limit; answered as 413 (ProblemDetailsAdvice). */
    static final class TeGroot extends IOException {

        private final long maximum;

        TeGroot(long maximum) {
            super("body groter dan " + maximum + " bytes");
            this.maximum = maximum;
        }

        long maximum() {
            return maximum;
        }
    }

    private static final class Begrensd extends HttpServletRequestWrapper {

        private final long maximum;
        private ServletInputStream stroom;

        Begrensd(HttpServletRequest request, long maximum) {
            super(request);
            this.maximum = maximum;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stroom == null) {
                stroom = new Teller(super.getInputStream(), maximum);
            }
            return stroom;
        }
    }

    private static final class Teller extends ServletInputStream {

        private final ServletInputStream bron;
        private final long maximum;
        private long gelezen;

        Teller(ServletInputStream bron, long maximum) {
            this.bron = bron;
            this.maximum = maximum;
        }

        @Override
        public int read() throws IOException {
            int b = bron.read();
            if (b >= 0) {
                tel(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int lengte) throws IOException {
            int n = bron.read(buffer, offset, lengte);
            if (n > 0) {
                tel(n);
            }
            return n;
        }

        private void tel(int n) throws TeGroot {
            gelezen += n;
            if (gelezen > maximum) {
                throw new TeGroot(maximum);
            }
        }

        @Override
        public boolean isFinished() {
            return bron.isFinished();
        }

        @Override
        public boolean isReady() {
            return bron.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            bron.setReadListener(listener);
        }
    }
}
