package adengine.faketelegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void preBlocksAreFoundInTheTextAsShown() {
        HtmlText html = HtmlText.of("<b>Итог</b> &amp; дни\n<pre>День  Показы\n0        86\n</pre>\nконец", "HTML");

        assertEquals("Итог & дни\nДень  Показы\n0        86\n\nконец", html.plain());
        BotMessage.Span table = html.preformatted().get(0);
        assertEquals(List.of(table), html.preformatted());
        assertEquals("День  Показы\n0        86\n", html.plain().substring(table.start(), table.end()));
    }

    @Test
    void plainTextHasNoPreBlock() {
        assertEquals(List.of(), HtmlText.of("<pre>not parsed</pre>", null).preformatted());
    }
}
