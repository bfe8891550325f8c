package adengine.api.http;

import java.io.IOException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

/**
 * A 204 (No Content) has no body, so it names no content type. Spark's router types every answer
 * it writes, {@code text/html} when the route chose none; this drops the type of a 204, whichever
 * route answered it.
 */
final class UntypedNoContent implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper((HttpServletResponse) response) {
            @Override
            public void setContentType(String type) {
                if (getStatus() != HttpServletResponse.SC_NO_CONTENT) {
                    super.setContentType(type);
                }
            }
        });
    }
}
