package nl.veiligthuis.keten.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** API-Version on every response and the security headers the API Design Rules ask for. */
public class ApiHeadersFilter extends OncePerRequestFilter {

    private final String apiVersion;

    public ApiHeadersFilter(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("API-Version", apiVersion);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        response.setHeader("Strict-Transport-Security", "max-age=31536000");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }
}
