package app.dyad.exercises;

import java.util.List;
import java.util.Map;

/**
 * A page of homework for a record: the assignments as the reader may see them ({@link HomeworkItem}), and the
 * questions of their exercises by exercise id, so each answer can be printed under its question.
 */
public record HomeworkRecordPage(List<HomeworkItem> items, Map<Long, List<PromptView>> prompts) {

    @Override
    public String toString() {
        return "HomeworkRecordPage[" + items.size() + " items]";
    }
}
