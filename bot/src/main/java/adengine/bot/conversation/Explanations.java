package adengine.bot.conversation;

import adengine.bot.conversation.Callback.MalformedCallbackException;
import adengine.core.common.ConflictException;
import adengine.core.common.ForbiddenException;
import adengine.core.common.NotFoundException;
import adengine.core.common.PayloadTooLargeException;
import adengine.core.common.UnavailableException;
import adengine.core.common.UnsupportedMediaException;
import adengine.core.common.ValidationException;
import adengine.core.moderation.ModerationRejectedException;
import java.util.Optional;

/** The one place where the failure of an update becomes the words its user reads. */
public final class Explanations {
    private Explanations() {
    }

    /** The text for a failure the bot foresees, or empty for an unexpected one (which the caller logs). */
    public static Optional<String> of(Texts texts, RuntimeException failure) {
        if (failure instanceof ValidationException invalid) {
            return text(texts, "error.invalid", Html.problems(invalid));
        }
        if (failure instanceof ModerationRejectedException) {
            return text(texts, "error.moderation", Html.escape(failure.getMessage()));
        }
        if (failure instanceof NotFoundException) {
            return text(texts, "error.not_found");
        }
        if (failure instanceof ConflictException) {
            return text(texts, "error.conflict", Html.escape(failure.getMessage()));
        }
        if (failure instanceof ForbiddenException) {
            return text(texts, "error.forbidden", Html.escape(failure.getMessage()));
        }
        if (failure instanceof PayloadTooLargeException) {
            return text(texts, "error.too_large", Html.escape(failure.getMessage()));
        }
        if (failure instanceof UnsupportedMediaException) {
            return text(texts, "error.unsupported", Html.escape(failure.getMessage()));
        }
        if (failure instanceof UnavailableException) {
            return text(texts, "error.unavailable");
        }
        if (failure instanceof MalformedCallbackException) {
            return text(texts, "error.outdated_button");
        }
        return Optional.empty();
    }

    private static Optional<String> text(Texts texts, String key, Object... args) {
        return Optional.of(texts.get(key, args));
    }
}
