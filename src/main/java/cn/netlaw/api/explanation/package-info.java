/**
 * What a lawyer reads: the findings of the engine written as sentences in English or Chinese from the message
 * bundles, the negotiation of the language from {@code Accept-Language}, citations of articles as they are cited in
 * each language (with Chinese numerals), and the documentation pages the service serves from {@code docs/}. It knows
 * nothing of how a request is read or an answer written (ArchitectureTest).
 */
package cn.netlaw.api.explanation;
