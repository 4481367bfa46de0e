package org.skupperdesigner.app.ui.apply;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.skupperdesigner.exporters.plan.ApplyStep;

/** One numbered step of the plan as the progress view shows it. UI thread only. */
public final class StepRow {

    /** Where a step is. */
    public enum Status { PENDING, RUNNING, DONE, FAILED, ROLLED_BACK }

    private final ApplyStep step;
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>(this, "status", Status.PENDING);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    StepRow(ApplyStep step) {
        this.step = step;
    }

    public ApplyStep step() {
        return step;
    }

    public ObjectProperty<Status> statusProperty() {
        return status;
    }

    public Status status() {
        return status.get();
    }

    public StringProperty messageProperty() {
        return message;
    }
}
