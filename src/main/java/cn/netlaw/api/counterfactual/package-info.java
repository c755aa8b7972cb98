/**
 * Counterfactuals: the smallest changes of a case's facts that would change its headline answer, found by re-running
 * the engine on changed requests within a budget of evaluations. It depends on the engine only (ArchitectureTest), so
 * it can be read, and tested, without the HTTP edge.
 */
package cn.netlaw.api.counterfactual;
