package cn.netlaw.liability;

/** What the engine answers for one case: a classification, or the reasons the case cannot be classified (§4.5). */
public sealed interface Evaluation permits Classification, Rejection {
}
