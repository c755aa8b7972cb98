/**
 * The provisions catalogue: the articles the engine cites, bound from {@code provisions.yaml} and checked at start,
 * and {@code GET /api/v1/provisions} with its filters. Classification answers cite its ids; it does not depend on
 * classification (ArchitectureTest).
 */
package cn.netlaw.api.provisions;
