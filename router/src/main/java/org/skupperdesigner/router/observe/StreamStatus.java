package org.skupperdesigner.router.observe;

/**
 * One stream on one link, as its router sees it at one moment: the flow-control state in both directions.
 *
 * @param link                 link name (outgoing link name, or {@code acceptor/peer})
 * @param streamId             stream id on that link
 * @param flowId               the flow the stream carries
 * @param window               this end's receive window in bytes: what the peer may have in flight toward us;
 *                             starts at {@code RouterOptions.streamWindowBytes} and grows (up to 4 MiB) only
 *                             while the consumer here keeps up
 * @param sendCredit           bytes we may still send to the peer
 * @param queuedBytes          bytes waiting here for credit from the peer
 * @param receivedUngranted    bytes received from the peer and not yet granted back (withheld while the
 *                             consumer here is backed up; never above {@code window})
 */
public record StreamStatus(String link, int streamId, String flowId, int window, long sendCredit,
                           long queuedBytes, long receivedUngranted) {
}
