package app.dyad.exercises;

/** The type of answer a prompt asks for. */
public enum PromptKind {
    TEXT,
    SCALE,
    CHECKLIST,
    YES_NO,
    PLAN
}
