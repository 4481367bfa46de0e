package org.skupperdesigner.router.routing;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Latest advert per router. Not thread-safe: owned by one router's event loop. */
public final class LinkStateDatabase {
    private final Map<String, LinkStateAdvert> adverts = new HashMap<>();

    /** Stores the advert if it is newer than what we have; returns whether it was. */
    public boolean offer(LinkStateAdvert advert) {
        LinkStateAdvert known = adverts.get(advert.origin());
        if (known != null && known.sequence() >= advert.sequence()) {
            return false;
        }
        adverts.put(advert.origin(), advert);
        return true;
    }

    public LinkStateAdvert get(String origin) {
        return adverts.get(origin);
    }

    public Map<String, LinkStateAdvert> view() {
        return adverts;
    }

    public Collection<LinkStateAdvert> all() {
        return adverts.values();
    }
}
