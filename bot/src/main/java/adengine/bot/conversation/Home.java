package adengine.bot.conversation;

/** The screens outside any feature: the main menu, /start, /help and the answer to strangers. */
public interface Home {
    void show(Turn turn);

    /** /start with the deep-link argument (an invite or the admin claim code), or an empty one. */
    void start(Turn turn, String argument);

    void help(Turn turn);

    void welcomeStranger(Turn turn);
}
