package cn.xietong.document.infrastructure;

import java.util.Map;

/**
 * What the benchmark document loader wrote and how long it took; {@code focusTodo}: for each person
 * of the focus unit (by login), the open tasks they may act on after the load — what their to-do
 * list should hold (it shows at most 200).
 */
public record BenchmarkDocumentsResult(int documents, int running, int tasks, int openTasks, int historyEntries,
                                       int numbers, int templates, int units, String focusUnit,
                                       Map<String, Integer> focusTodo, long elapsedMillis) {
}
