/**
 * The timeline picture of a case: {@code POST /api/v1/classifications} with {@code Accept: image/svg+xml} answers the
 * case as an SVG drawn here, on the server, without JavaScript, from the engine's {@code Classification} and the
 * {@code Chronology} it was decided on (never from the JSON answer): the content up and down, each notice episode
 * with its handling and counter-notice, the timeliness band of each duty, knowledge, the liable periods, the pending
 * deadline, {@code asOf} and the dates of the law in force, on one time axis scaled to the case with breaks over long
 * quiet stretches, labelled in the language negotiated from {@code Accept-Language}. The same case gives the same
 * bytes, the decision id aside (docs/result.md#timeline-picture).
 */
package cn.netlaw.api.timeline;
