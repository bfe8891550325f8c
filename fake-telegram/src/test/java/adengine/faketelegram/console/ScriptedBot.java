package adengine.faketelegram.console;

import adengine.faketelegram.FakeTelegram;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A bot of a few lines speaking the Bot API over plain HTTP: /start shows a menu, a press edits it
 * and is answered with a notification, a photo or a document comes back with a caption, any other
 * text is echoed.
 */
final class ScriptedBot implements AutoCloseable {

    private final FakeTelegram telegram;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final Thread thread = new Thread(this::poll, "scripted-bot");

    private ScriptedBot(FakeTelegram telegram) {
        this.telegram = telegram;
    }

    static ScriptedBot start(FakeTelegram telegram) throws IOException, InterruptedException {
        ScriptedBot bot = new ScriptedBot(telegram);
        ObjectNode menu = bot.json.createObjectNode();
        menu.putArray("commands").addObject().put("command", "start").put("description", "Main menu");
        bot.call("setMyCommands", menu);
        bot.thread.start();
        return bot;
    }

    private void poll() {
        long offset = 0;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                for (JsonNode update : call("getUpdates", json.createObjectNode().put("offset", offset).put("timeout", 1))) {
                    offset = update.get("update_id").asLong() + 1;
                    answer(update);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void answer(JsonNode update) throws IOException, InterruptedException {
        if (update.has("callback_query")) {
            JsonNode query = update.get("callback_query");
            ObjectNode edit = inChat(query.get("message")).put("message_id", query.at("/message/message_id").asLong())
                    .put("text", "You chose <i>" + query.get("data").asText() + "</i>").put("parse_mode", "HTML");
            call("editMessageText", withMenu(edit));
            call("answerCallbackQuery", json.createObjectNode().put("callback_query_id", query.get("id").asText()).put("text", "Done"));
            return;
        }
        JsonNode message = update.get("message");
        if (message.has("photo")) {
            call("sendPhoto", inChat(message).put("photo", message.at("/photo/0/file_id").asText())
                    .put("caption", "<b>Nice</b> picture").put("parse_mode", "HTML"));
        } else if (message.has("document")) {
            call("sendDocument", inChat(message).put("document", message.at("/document/file_id").asText()).put("caption", "Filed"));
        } else if (message.get("text").asText().equals("/start")) {
            call("sendMessage", withMenu(inChat(message).put("text", "<b>Menu</b>\nPick &lt;one&gt;").put("parse_mode", "HTML")));
        } else {
            call("sendMessage", inChat(message).put("text", "You said: " + message.get("text").asText()));
        }
    }

    private ObjectNode inChat(JsonNode message) {
        return json.createObjectNode().put("chat_id", message.at("/chat/id").asLong());
    }

    /** Two buttons in a row and a link below them. */
    private ObjectNode withMenu(ObjectNode call) {
        ArrayNode rows = call.putObject("reply_markup").putArray("inline_keyboard");
        ArrayNode choices = rows.addArray();
        choices.addObject().put("text", "A").put("callback_data", "a");
        choices.addObject().put("text", "B").put("callback_data", "b");
        rows.addArray().addObject().put("text", "Docs").put("url", "https://example.com/docs");
        return call;
    }

    private JsonNode call(String method, ObjectNode parameters) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(telegram.baseUrl() + "/bot" + telegram.token() + "/" + method))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(parameters))).build();
        JsonNode answer = json.readTree(http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body());
        if (!answer.path("ok").asBoolean()) {
            throw new IllegalStateException(method + " refused: " + answer);
        }
        return answer.get("result");
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join();
    }
}
