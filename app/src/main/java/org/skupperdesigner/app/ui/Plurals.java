package org.skupperdesigner.app.ui;

/** "1 link", "2 links": counts as people write them. */
public final class Plurals {

    private Plurals() {
    }

    public static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }
}
