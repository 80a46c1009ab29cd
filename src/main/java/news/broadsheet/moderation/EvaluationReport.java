package news.broadsheet.moderation;

/**
 * How well the classifier and the word lists alone pick out the comments moderators rejected
 * (reject is the positive class; a comment counts as picked out when it would be held or rejected).
 */
public record EvaluationReport(
    int examples,
    int folds,
    double precision,
    double recall,
    double f1,
    double baselinePrecision,
    double baselineRecall,
    double baselineF1) {}
