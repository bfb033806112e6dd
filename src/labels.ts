/** A label closed by a full stop or colon in which nobody acts ("Changes to this policy:", "Location data."): read by
 *  the page (which lines to leave unmarked) and the engine (which lines state no practice), each with its own length. */
const LABEL_END = /\s*[.:]\s*$/;
const SOMEONE_ACTS = /\b(?:we|us|our|you|your|they|i|is|are|was|were|be|been|being|may|might|will|would|can|could|shall|should|must|do|does|did|has|have|had)\b|n't\b/i;

export const isActorlessLabel = (text: string): boolean => LABEL_END.test(text) && !SOMEONE_ACTS.test(text.replace(LABEL_END, ''));
