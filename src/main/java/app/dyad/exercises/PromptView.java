package app.dyad.exercises;

import java.util.List;

/** A prompt as a form shows it; for a checklist the items, for a scale optionally its two end labels. */
public record PromptView(long id, int position, PromptKind kind, String label, List<String> options) {}
