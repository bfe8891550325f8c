package adengine.core.ads;

import adengine.core.common.NotFoundException;
import java.util.UUID;

/** The client is known but no campaign may be shown to it now; an ad slot tells this from an unknown client. */
public final class NoAdException extends NotFoundException {
    public NoAdException(UUID clientId) {
        super("no ad can be shown to client " + clientId + " now");
    }
}
