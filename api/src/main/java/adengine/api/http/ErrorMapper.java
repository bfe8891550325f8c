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
import java.util.Optional;
import org.eclipse.jetty.util.Utf8Appendable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spark.Response;
import spark.Service;

/** The one place where exceptions become HTTP responses; nothing else writes an error. */
public final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    private static final Answer UNEXPECTED =
            new Answer(500, new ErrorBody("internal_error", "the request failed unexpectedly; the failure was logged"));

    private final Json json;
    private final RequestObserver observer;

    /** The status and body that answer a failure. */
    public record Answer(int status, ErrorBody body) {
    }

    public ErrorMapper(Json json, RequestObserver observer) {
        this.json = Objects.requireNonNull(json);
        this.observer = Objects.requireNonNull(observer);
    }

    public void register(Service http) {
        http.exception(Exception.class, (e, req, res) -> {
            Answer answer = answer(e).orElseGet(() -> {
                LOG.error("Unexpected failure of {} {}", req.requestMethod(), req.pathInfo(), e);
                return UNEXPECTED;
            });
            // the object store or the language model is logged per request; the database and Redis are
            // not: their circuit breaker logged the outage once
            if (e instanceof UnavailableException && !(e instanceof DependencyUnavailableException)) {
                LOG.warn("{} {}: {}", req.requestMethod(), req.pathInfo(), e.getMessage());
            }
            if (answer.status() == 401) {
                res.header("WWW-Authenticate", "Bearer");
            }
            res.status(answer.status());
            res.body(body(res, answer));
        });
        http.notFound((req, res) -> body(res, new Answer(404,
                new ErrorBody("not_found", "no endpoint " + req.requestMethod() + " " + req.pathInfo()))));
        http.internalServerError((req, res) -> body(res, new Answer(500,
                new ErrorBody("internal_error", "the request failed unexpectedly"))));
    }

    /**
     * The answer to a failure that a route foresees, or empty for an unexpected one (answered 500
     * and logged). A type is tested before its supertypes: {@code no_ad} before {@code not_found}.
     */
    public static Optional<Answer> answer(Exception failure) {
        if (failure instanceof ValidationException invalid) {
            return answer(400, "validation_failed", invalid.getMessage(), invalid.problems());
        }
        if (failure instanceof ModerationRejectedException rejected) {
            return answer(400, "moderation_rejected", rejected.getMessage(), rejected.rejections());
        }
        if (failure instanceof MalformedRequestException) {
            return answer(400, "malformed_json", failure.getMessage());
        }
        if (failure instanceof Utf8Appendable.NotUtf8Exception) {
            return answer(400, "bad_request", "the path is not valid UTF-8");
        }
        if (failure instanceof BadRequestException) {
            return answer(400, "bad_request", failure.getMessage());
        }
        if (failure instanceof UnauthorizedException) {
            return answer(401, "unauthorized", failure.getMessage());
        }
        if (failure instanceof ForbiddenException) {
            return answer(403, "forbidden", failure.getMessage());
        }
        if (failure instanceof NoAdException) {
            return answer(404, "no_ad", failure.getMessage());
        }
        if (failure instanceof NotFoundException) {
            return answer(404, "not_found", failure.getMessage());
        }
        if (failure instanceof ConflictException conflict) {
            return answer(409, "conflict", conflict.getMessage(), List.of(conflict.problem()));
        }
        if (failure instanceof PayloadTooLargeException) {
            return answer(413, "payload_too_large", failure.getMessage());
        }
        if (failure instanceof UnsupportedMediaException) {
            return answer(415, "unsupported_media_type", failure.getMessage());
        }
        if (failure instanceof UnavailableException) {
            return answer(503, "service_unavailable", failure.getMessage());
        }
        // the database or Redis failed inside a library's wrapper (a transaction, a future)
        return Optional.ofNullable(DependencyUnavailableException.in(failure))
                .flatMap(unavailable -> answer(503, "service_unavailable", unavailable.getMessage()));
    }

    private static Optional<Answer> answer(int status, String error, String message) {
        return answer(status, error, message, List.of());
    }

    private static Optional<Answer> answer(int status, String error, String message, List<FieldProblem> details) {
        return Optional.of(new Answer(status, ErrorBody.of(error, message, details)));
    }

    private String body(Response res, Answer answer) {
        observer.errorAnswered(answer.status(), answer.body().error());
        res.type("application/json");
        return json.write(answer.body());
    }
}
