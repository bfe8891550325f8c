package adengine.bot.image;

import adengine.bot.access.Ownership;
import adengine.bot.conversation.Action;
import adengine.bot.conversation.Callback;
import adengine.bot.conversation.Dialog;
import adengine.bot.conversation.Flow;
import adengine.bot.conversation.Html;
import adengine.bot.conversation.Incoming;
import adengine.bot.conversation.Screen;
import adengine.bot.conversation.State;
import adengine.bot.conversation.Turn;
import adengine.core.campaign.Campaign;
import adengine.core.common.PayloadTooLargeException;
import adengine.core.common.UnavailableException;
import adengine.core.common.UnsupportedMediaException;
import adengine.core.common.ValidationException;
import adengine.core.image.Image;
import adengine.core.image.ImageService;
import adengine.core.image.StoredImage;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A campaign's picture: while its image screen is open, a photo or an image file sent to the chat
 * attaches (or replaces) it; it can be viewed (the bot sends it back) and deleted.
 */
public final class ImagesFlow implements Flow {
    /** The campaign whose image the next photo or file is. */
    record AwaitingImage(UUID campaignId) implements Dialog {
    }

    private final Ownership ownership;
    private final ImageService images;

    public ImagesFlow(Ownership ownership, ImageService images) {
        this.ownership = Objects.requireNonNull(ownership);
        this.images = Objects.requireNonNull(images);
    }

    @Override
    public Set<Action> actions() {
        return EnumSet.of(Action.IMAGES, Action.IMAGE, Action.IMAGE_VIEW, Action.IMAGE_DELETE);
    }

    @Override
    public Set<State> states() {
        return EnumSet.of(State.WAITING_FOR_IMAGE);
    }

    @Override
    public void press(Turn turn, Callback callback) {
        if (callback.action() == Action.IMAGES) {
            turn.show(Screen.of(turn.t("images.intro"))
                    .row(Action.CAMPAIGNS.button(turn.t("button.choose_campaign")))
                    .row(turn.mainMenuButton())
                    .build());
            return;
        }
        Campaign campaign = ownership.campaign(turn.viewer(), callback.id(0));
        switch (callback.action()) {
            case IMAGE -> show(turn, campaign, null);
            case IMAGE_VIEW -> view(turn, campaign);
            case IMAGE_DELETE -> {
                ownership.confirmBeforeChange(turn, campaign.advertiserId());
                images.delete(campaign.campaignId());
                turn.notice(turn.t("image.deleted"));
                show(turn, ownership.campaign(turn.viewer(), campaign.campaignId()), turn.t("image.deleted"));
            }
            default -> throw new IllegalArgumentException(callback.action().name());
        }
    }

    private void show(Turn turn, Campaign campaign, String status) {
        UUID id = campaign.campaignId();
        turn.session().reset();
        turn.session().state(State.WAITING_FOR_IMAGE);
        turn.session().dialog(new AwaitingImage(id));
        boolean attached = campaign.imageKey() != null;
        String text = turn.t(attached ? "image.screen_attached" : "image.screen_none", Html.escape(campaign.spec().adTitle()),
                Image.MAX_BYTES / (1024 * 1024), Image.MAX_SIDE);
        Screen.Builder screen = Screen.of(status == null ? text : status + "\n\n" + text);
        if (attached) {
            screen.row(Action.IMAGE_VIEW.button(turn.t("button.image_view"), id), Action.IMAGE_DELETE.button(turn.t("button.image_delete"), id));
        }
        turn.show(screen.row(Action.CAMPAIGN.button(turn.t("button.to_campaign"), id), turn.mainMenuButton()).build());
    }

    private void view(Turn turn, Campaign campaign) {
        if (campaign.imageKey() == null) {
            show(turn, campaign, turn.t("image.none_yet"));
            return;
        }
        StoredImage image = images.read(campaign.campaignId(), campaign.imageKey());
        String extension = image.contentType().endsWith("png") ? "png" : "jpg";
        turn.send(Screen.of(turn.t("image.caption", Html.escape(campaign.spec().adTitle())))
                .row(Action.IMAGE.button(turn.t("button.back"), campaign.campaignId()), turn.mainMenuButton())
                .picture(image.content(), "campaign." + extension)
                .build());
    }

    @Override
    public void input(Turn turn, Incoming input) {
        Campaign campaign = ownership.campaign(turn.viewer(), turn.session().dialog(AwaitingImage.class).orElseThrow().campaignId());
        if (!(input instanceof Incoming.Sent sent)) {
            show(turn, campaign, "⚠️ " + turn.t("image.send_file"));
            return;
        }
        Optional<String> problem = attach(turn, campaign, sent.file());
        show(turn, ownership.campaign(turn.viewer(), campaign.campaignId()), problem.map(text -> "⚠️ " + text)
                .orElse("✅ " + turn.t("image.saved")));
    }

    /** Stores the file as the campaign's image; what went wrong, in the user's words, if it did not work. */
    private Optional<String> attach(Turn turn, Campaign campaign, Incoming.Attachment file) {
        if (file.size() > Image.MAX_BYTES) {
            return Optional.of(turn.t("image.too_large", Image.MAX_BYTES / (1024 * 1024)));
        }
        Optional<byte[]> content = turn.outbox().download(file.fileId());
        if (content.isEmpty()) {
            return Optional.of(turn.t("image.download_failed"));
        }
        // the download may take a while: the chat's access is asked for after it, right before the change
        ownership.confirmBeforeChange(turn, campaign.advertiserId());
        try {
            if (campaign.imageKey() == null) {
                images.upload(campaign.campaignId(), content.get());
            } else {
                images.replace(campaign.campaignId(), content.get());
            }
            return Optional.empty();
        } catch (PayloadTooLargeException e) {
            return Optional.of(turn.t("image.too_large", Image.MAX_BYTES / (1024 * 1024)));
        } catch (UnsupportedMediaException e) {
            return Optional.of(turn.t("image.unsupported"));
        } catch (ValidationException e) {
            return Optional.of(turn.t("image.invalid", turn.texts().problems(e.problems())));
        } catch (UnavailableException e) {
            return Optional.of(turn.t("image.store_unavailable"));
        }
    }
}
