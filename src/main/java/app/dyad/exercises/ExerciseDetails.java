package app.dyad.exercises;

import java.util.List;

/** An exercise's page: what it is for, its steps, and the form a client fills in. */
public record ExerciseDetails(ExerciseSummary summary, StrategyView strategy, List<String> steps, String frequency,
        String sourceArticle, List<PromptView> prompts) {
}
