package adengine.core.textgen;

import adengine.core.advertiser.AdvertiserService;
import adengine.core.common.UnavailableException;
import adengine.core.moderation.ModeratedText;
import adengine.core.moderation.ModerationService;
import java.util.Objects;

/** Generates ad texts: inputs and output moderated while moderation is on, the answer cleaned and bounded. */
public final class TextGenerationService {
    /** Short enough for a banner and a Telegram caption. */
    public static final int MAX_LENGTH = 500;

    private final AdTextGenerator generator;
    private final AdvertiserService advertisers;
    private final ModerationService moderation;

    public TextGenerationService(AdTextGenerator generator, AdvertiserService advertisers, ModerationService moderation) {
        this.generator = Objects.requireNonNull(generator);
        this.advertisers = Objects.requireNonNull(advertisers);
        this.moderation = Objects.requireNonNull(moderation);
    }

    /** Whether texts can be generated at all, so interfaces offer it only then; a configured model may still fail. */
    public boolean available() {
        return generator.available();
    }

    public String generate(GenerateAdText command) {
        String name = command.advertiserName() != null
                ? command.advertiserName()
                : advertisers.get(command.advertiserId()).name();
        moderation.requireAllowed(new ModeratedText("ad_title", command.adTitle()), new ModeratedText("advertiser_name", name));
        String text = clean(generator.generate(command.adTitle(), name));
        if (text.isEmpty()) {
            throw new UnavailableException("the language model answered with an empty text", null);
        }
        moderation.requireAllowed(new ModeratedText("ad_text", text));
        return text;
    }

    /** Strips surrounding quotes and extra whitespace, and cuts at a word boundary within {@value #MAX_LENGTH} characters. */
    static String clean(String raw) {
        String text = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        while (text.length() >= 2 && isQuote(text.charAt(0)) && isQuote(text.charAt(text.length() - 1))) {
            text = text.substring(1, text.length() - 1).strip();
        }
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_LENGTH - 1);
        return (cut > MAX_LENGTH / 2 ? text.substring(0, cut) : text.substring(0, MAX_LENGTH - 1)).strip() + "…";
    }

    private static boolean isQuote(char c) {
        return "\"'«»“”„`".indexOf(c) >= 0;
    }
}
