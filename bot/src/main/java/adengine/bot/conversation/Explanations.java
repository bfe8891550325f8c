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
import java.util.List;
import java.util.Optional;

/** The one place where the failure of an update becomes the words its user reads. */
public final class Explanations {
    private Explanations() {
    }

    /** The text for a failure the bot foresees, or empty for an unexpected one (which the caller logs). */
    public static Optional<String> of(Texts texts, RuntimeException failure) {
        if (failure instanceof ValidationException invalid) {
            return text(texts, "error.invalid", texts.problems(invalid.problems()));
        }
        if (failure instanceof ModerationRejectedException rejected) {
            return text(texts, "error.moderation", texts.problems(rejected.rejections()));
        }
        if (failure instanceof NotFoundException) {
            return text(texts, "error.not_found");
        }
        if (failure instanceof ConflictException conflict) {
            return text(texts, "error.conflict", texts.problems(List.of(conflict.problem())));
        }
        // the next three are worded by the bot alone: core's English message is for the REST API
        if (failure instanceof ForbiddenException) {
            return text(texts, "error.forbidden");
        }
        if (failure instanceof PayloadTooLargeException) {
            return text(texts, "error.too_large");
        }
        if (failure instanceof UnsupportedMediaException) {
            return text(texts, "error.unsupported");
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
