package cn.netlaw.liability;

/**
 * What the engine answers for one case: a classification, or the reasons the case cannot be classified
 * (docs/request.md#validation).
 */
public sealed interface Evaluation permits Classification, Rejection {
}
