package org.skupperdesigner.app.ui.palette;

import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.network.Platform;

/** The starting points offered in the palette. */
public enum DesignTemplate {
    HELLO_WORLD("hello-world", "Hello world", "Frontend in west reaches the backend in east"),
    HA_PAIR("ha-pair", "HA pair", "A client site and a service in two HA sites"),
    HUB_AND_SPOKE("hub-and-spoke", "Hub and spoke", "A hub cluster, spokes and edge sites"),
    THREE_CLOUD_FAILOVER("three-cloud-failover", "Three-cloud failover", "One service in three clouds, by cost");

    private final String id;
    private final String title;
    private final String description;

    DesignTemplate(String id, String title, String description) {
        this.id = id;
        this.title = title;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Network build() {
        switch (this) {
            case HELLO_WORLD:
                return new DesignBuilder("hello-world", "Skupper's classic: east dials west.")
                        .site("west", Platform.KUBERNETES, 120, 160, "default", false, false)
                        .listener("backend", "backend", 8080)
                        .site("east", Platform.KUBERNETES, 520, 160, null, false, false)
                        .connector("backend", "backend", 8080)
                        .link("east", "west", 1).build();
            case HA_PAIR:
                return new DesignBuilder("ha-pair", "Two HA sites serve the same key; the client prefers primary.")
                        .site("client", Platform.KUBERNETES, 80, 200, null, false, false)
                        .listener("orders", "orders", 8080)
                        .site("primary", Platform.KUBERNETES, 500, 60, "default", false, true)
                        .connector("orders", "orders", 8080)
                        .site("secondary", Platform.KUBERNETES, 500, 340, "default", false, true)
                        .connector("orders", "orders", 8080)
                        .link("client", "primary", 1).link("client", "secondary", 5)
                        .link("secondary", "primary", 1).build();
            case HUB_AND_SPOKE:
                return new DesignBuilder("hub-and-spoke", "Spokes and edge sites reach the database through the hub.")
                        .site("hub", Platform.KUBERNETES, 440, 80, "default", false, false)
                        .connector("database", "database", 5432)
                        .site("spoke-a", Platform.KUBERNETES, 60, 380, null, false, false)
                        .listener("database", "database", 5432)
                        .site("spoke-b", Platform.DOCKER, 440, 420, null, false, false)
                        .listener("database", "database", 5432)
                        .site("store-edge", Platform.PODMAN, 820, 380, null, true, false)
                        .listener("database", "database", 5432)
                        .link("spoke-a", "hub", 1).link("spoke-b", "hub", 1).link("store-edge", "hub", 1).build();
            default:
                return new DesignBuilder("three-cloud-failover",
                        "Payments run in three clouds; the office prefers AWS, then GCP, then Azure.")
                        .site("office", Platform.LINUX, 60, 220, null, false, false)
                        .listener("payments", "payments", 8443)
                        .site("aws", Platform.KUBERNETES, 480, 20, "default", false, false)
                        .connector("payments", "payments", 8443)
                        .site("gcp", Platform.KUBERNETES, 480, 220, "default", false, false)
                        .connector("payments", "payments", 8443)
                        .site("azure", Platform.KUBERNETES, 480, 420, "default", false, false)
                        .connector("payments", "payments", 8443)
                        .link("office", "aws", 1).link("office", "gcp", 5).link("office", "azure", 10)
                        .link("gcp", "aws", 1).link("azure", "gcp", 1).build();
        }
    }
}
