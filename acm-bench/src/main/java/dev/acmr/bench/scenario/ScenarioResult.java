package dev.acmr.bench.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * What one scenario produced: its headline figures, what exactly it measured, detail tables (Markdown) and notes;
 * {@code error} is set when it could not complete (the run then exits non-zero).
 */
public final class ScenarioResult {

    private final String title;
    private final String measures;
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> tables = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String error;
    private long elapsedMs;

    public ScenarioResult(String title, String measures) {
        this.title = title;
        this.measures = measures;
    }

    public ScenarioResult figure(Figure figure) {
        figures.add(figure);
        return this;
    }

    public ScenarioResult table(String markdown) {
        tables.add(markdown);
        return this;
    }

    public ScenarioResult note(String note) {
        notes.add(note);
        return this;
    }

    public void fail(String message) {
        this.error = message;
    }

    public void elapsedMs(long value) {
        this.elapsedMs = value;
    }

    public String title() {
        return title;
    }

    public String measures() {
        return measures;
    }

    public List<Figure> figures() {
        return figures;
    }

    public List<String> tables() {
        return tables;
    }

    public List<String> notes() {
        return notes;
    }

    public String error() {
        return error;
    }

    public long elapsedMs() {
        return elapsedMs;
    }
}
