/**
 * Classification at the HTTP edge: the two resources ({@code POST /api/v1/classifications} and its batch form), the
 * request-shape reader that turns a body into the engine's facts and reports every fault at once, the request and
 * response records that make the OpenAPI contract, the classifier that runs the engine with its exploration budgets,
 * and the writer that streams the answer. This is the top of the edge: it uses the explanation, counterfactual,
 * provisions, problem and operations packages, and none of them uses it (ArchitectureTest). The engine's own
 * configuration ({@code liability.policy.*}, limits, budgets) is bound here, next to what reads it.
 */
package cn.netlaw.api.classification;
