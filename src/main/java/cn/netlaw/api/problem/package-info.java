/**
 * Errors as RFC 9457 problem+json: the problem types and their texts, the mapping of every failure (a bad body, an
 * unknown route, a refused method, media type or {@code Accept}) to one of them, and the pages that explain each type
 * ({@code /problems/{name}}). Guards that answer before a resource runs live here too. It does not depend on
 * classification (ArchitectureTest): every resource and every guard answers problems the same way.
 */
package cn.netlaw.api.problem;
