package adengine.bot;

import adengine.bot.access.AdvertiserPicker;
import adengine.bot.access.GroupAccessFlow;
import adengine.bot.access.InviteFlow;
import adengine.bot.access.Ownership;
import adengine.bot.campaign.CampaignCreationFlow;
import adengine.bot.campaign.CampaignEditFlow;
import adengine.bot.campaign.CampaignsFlow;
import adengine.bot.campaign.LocationCheck;
import adengine.bot.campaign.LocationChoice;
import adengine.bot.conversation.ConversationEngine;
import adengine.bot.conversation.Sessions;
import adengine.bot.conversation.Viewer;
import adengine.bot.image.ImagesFlow;
import adengine.bot.menu.MainMenu;
import adengine.bot.moderation.ModerationFlow;
import adengine.bot.notice.CampaignNotifier;
import adengine.bot.notice.DigestNotifier;
import adengine.bot.stats.CampaignBreakdownFlow;
import adengine.bot.stats.StatsFlow;
import adengine.bot.telegram.TelegramBot;
import adengine.bot.telegram.TelegramGateway;
import adengine.bot.textgen.TextGenerationFlow;
import adengine.bot.time.TimeFlow;
import adengine.core.UseCases;
import adengine.core.access.AccessService;
import adengine.core.conversation.ConversationStore;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import java.util.List;

/** The bot wired by constructors: the gateway to Telegram, every flow, and the polling loop. */
public final class Bot {
    private Bot() {
    }

    public static TelegramBot start(BotConfig config, UseCases services, ConversationStore conversations, BotMetrics metrics) {
        TelegramClient client = TelegramBot.client(config);
        TelegramGateway gateway = new TelegramGateway(client, TelegramBot.fileBaseUrl(config));
        AccessService access = services.access();
        Ownership ownership = new Ownership(access, services.advertisers(), services.campaigns());
        AdvertiserPicker picker = new AdvertiserPicker(ownership);
        CampaignsFlow campaigns = new CampaignsFlow(ownership, picker, services.campaigns(), services.stats(), services.time());
        LocationCheck locationCheck = new LocationCheck(services.clients());
        CampaignCreationFlow creation = new CampaignCreationFlow(ownership, picker, services.campaigns(), campaigns,
                services.time(), services.texts(), locationCheck, new LocationChoice(services.clients()));
        ConversationEngine engine = new ConversationEngine(
                new Sessions(conversations),
                (chatId, chatKind, userId) -> new Viewer(chatId, chatKind, userId, access.isAdmin(userId), access.accessOf(chatId)),
                access::recordLanguage,
                gateway,
                new MainMenu(access, services.texts()),
                List.of(
                        campaigns,
                        creation,
                        new CampaignEditFlow(ownership, services.campaigns(), campaigns, services.time(), locationCheck),
                        new ImagesFlow(ownership, services.images()),
                        new StatsFlow(ownership, picker, services.stats(), services.campaigns(), services.digests()),
                        new CampaignBreakdownFlow(ownership, services.stats(), services.time()),
                        new ModerationFlow(services.moderation()),
                        new TextGenerationFlow(ownership, picker, services.texts(), creation),
                        new TimeFlow(services.time()),
                        new InviteFlow(ownership, picker, access),
                        new GroupAccessFlow(access)));
        return TelegramBot.start(config, client, access, engine, List.of(
                new CampaignNotifier(services.notices(), services.stats(), gateway),
                new DigestNotifier(services.digests(), services.stats(), gateway)), metrics);
    }
}
