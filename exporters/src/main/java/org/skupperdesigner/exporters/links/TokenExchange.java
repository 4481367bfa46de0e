package org.skupperdesigner.exporters.links;

/**
 * One token-realized link: the AccessGrant in the accepting site and the AccessToken that the dialing site gets
 * once the grant's status carries {@code url}, {@code code} and {@code ca}.
 *
 * @param linkId          the design link
 * @param acceptingSiteId site holding the grant
 * @param grantName       AccessGrant name
 * @param dialingSiteId   site that redeems the token (and then holds the Link)
 * @param tokenName       AccessToken name; Skupper names the resulting Secret and Link(s) after it
 * @param cost            link cost copied into the token
 */
public record TokenExchange(String linkId, String acceptingSiteId, String grantName, String dialingSiteId,
                            String tokenName, int cost) {
}
