package org.skupperdesigner.model.resource;

import java.util.Map;

/** AccessGrant spec: redemptions default 1, expiration window default 15m. */
public record AccessGrantSpec(Integer redemptionsAllowed, String expirationWindow, String code, String issuer,
                              Map<String, String> settings, Map<String, Object> unknown) {

    public static final String DEFAULT_EXPIRATION_WINDOW = "15m";

    public AccessGrantSpec {
        settings = Values.sortedCopy(settings);
        unknown = Values.orderedCopy(unknown);
    }

    public static AccessGrantSpec empty() {
        return new AccessGrantSpec(null, null, null, null, Map.of(), Map.of());
    }

    public int effectiveRedemptionsAllowed() {
        return redemptionsAllowed == null || redemptionsAllowed == 0 ? 1 : redemptionsAllowed;
    }

    public String effectiveExpirationWindow() {
        return expirationWindow == null || expirationWindow.isBlank() ? DEFAULT_EXPIRATION_WINDOW : expirationWindow;
    }
}
