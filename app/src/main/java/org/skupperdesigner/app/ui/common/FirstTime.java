package org.skupperdesigner.app.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/** Runs something once, the first time a condition turns true (a tab selected, a field focused), then lets go. */
public final class FirstTime {

    private FirstTime() {
    }

    public static void whenTrue(ObservableValue<Boolean> condition, Runnable action) {
        if (Boolean.TRUE.equals(condition.getValue())) {
            action.run();
            return;
        }
        condition.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (Boolean.TRUE.equals(now)) {
                    condition.removeListener(this);
                    action.run();
                }
            }
        });
    }
}
