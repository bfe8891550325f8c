package adengine.api.http;

import adengine.core.ads.NoAdException;
import adengine.core.common.ConflictException;
import adengine.core.common.DependencyUnavailableException;
import adengine.core.common.FieldProblem;
import adengine.core.common.PayloadTooLargeException;
import adengine.core.common.UnavailableException;
import adengine.core.common.UnsupportedMediaException;
import adengine.core.common.ForbiddenException;
import adengine.core.common.NotFoundException;
import adengine.core.common.ValidationException;
import adengine.core.moderation.ModerationRejectedException;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.util.Utf8Appendable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spark.Response;
import spark.Service;

/** The one place where exceptions become HTTP responses; nothing else writes an error. */
public final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private final Json json;
    private final RequestObserver observer;

    public ErrorMapper(Json json, RequestObserver observer) {
        this.json = Objects.requireNonNull(json);
        this.observer = Objects.requireNonNull(observer);
    }

    public void register(Service http) {
        http.exception(ValidationException.class, (e, req, res) ->
                write(res, 400, new ErrorBody("validation_failed", e.getMessage(), e.problems())));
        http.exception(ModerationRejectedException.class, (e, req, res) ->
                write(res, 400, new ErrorBody("moderation_rejected", e.getMessage(), e.rejections())));
        http.exception(MalformedRequestException.class, (e, req, res) ->
                write(res, 400, new ErrorBody("malformed_json", e.getMessage())));
        http.exception(Utf8Appendable.NotUtf8Exception.class, (e, req, res) ->
                write(res, 400, new ErrorBody("bad_request", "the path is not valid UTF-8")));
        http.exception(BadRequestException.class, (e, req, res) ->
                write(res, 400, new ErrorBody("bad_request", e.getMessage())));
        http.exception(UnauthorizedException.class, (e, req, res) -> {
            res.header("WWW-Authenticate", "Bearer");
            write(res, 401, new ErrorBody("unauthorized", e.getMessage()));
        });
        http.exception(ForbiddenException.class, (e, req, res) ->
                write(res, 403, new ErrorBody("forbidden", e.getMessage())));
        http.exception(NotFoundException.class, (e, req, res) ->
                write(res, 404, new ErrorBody("not_found", e.getMessage())));
        // Spark picks the handler of the most specific class: this one wins over not_found
        http.exception(NoAdException.class, (e, req, res) ->
                write(res, 404, new ErrorBody("no_ad", e.getMessage())));
        http.exception(ConflictException.class, (e, req, res) ->
                write(res, 409, new ErrorBody("conflict", e.getMessage(), List.of(new FieldProblem(e.field(), e.getMessage())))));
        http.exception(PayloadTooLargeException.class, (e, req, res) ->
                write(res, 413, new ErrorBody("payload_too_large", e.getMessage())));
        http.exception(UnsupportedMediaException.class, (e, req, res) ->
                write(res, 415, new ErrorBody("unsupported_media_type", e.getMessage())));
        // the database or Redis is away: its circuit breaker logged the outage once, so no line per request
        http.exception(DependencyUnavailableException.class, (e, req, res) ->
                write(res, 503, new ErrorBody("service_unavailable", e.getMessage())));
        http.exception(UnavailableException.class, (e, req, res) -> {
            LOG.warn("{} {}: {}", req.requestMethod(), req.pathInfo(), e.getMessage());
            write(res, 503, new ErrorBody("service_unavailable", e.getMessage()));
        });
        http.exception(Exception.class, (e, req, res) -> {
            DependencyUnavailableException unavailable = DependencyUnavailableException.in(e);
            if (unavailable != null) { // wrapped by a library (a transaction, a future)
                write(res, 503, new ErrorBody("service_unavailable", unavailable.getMessage()));
                return;
            }
            LOG.error("Unexpected failure of {} {}", req.requestMethod(), req.pathInfo(), e);
            write(res, 500, new ErrorBody("internal_error", "the request failed unexpectedly; the failure was logged"));
        });
        http.notFound((req, res) -> body(res, 404, new ErrorBody("not_found", "no endpoint " + req.requestMethod() + " " + req.pathInfo())));
        http.internalServerError((req, res) -> body(res, 500, new ErrorBody("internal_error", "the request failed unexpectedly")));
    }

    private void write(Response res, int status, ErrorBody body) {
        res.status(status);
        res.body(body(res, status, body));
    }

    private String body(Response res, int status, ErrorBody body) {
        observer.errorAnswered(status, body.error());
        res.type("application/json");
        return json.write(body);
    }
}
