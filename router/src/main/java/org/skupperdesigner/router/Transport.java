package org.skupperdesigner.router;

/** How links between routers are carried. Listeners and connectors always use TCP. */
public enum Transport {
    /** Links are TCP connections with mutual TLS (default, realistic). */
    TCP,
    /** Links are Netty local channels inside the JVM (TLS optional), for networks of hundreds of sites. */
    LOCAL
}
