/**
 * What an operator runs and watches: connection limits and deadlines, admission of expensive work, the drain at
 * SIGTERM, optional bearer authentication, request ids, W3C trace context, security headers, decision metrics, and
 * the OpenAPI filter that declares the answers every operation can give. It does not depend on classification (ArchitectureTest).
 */
package cn.netlaw.api.operations;
