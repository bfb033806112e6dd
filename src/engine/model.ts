/** The fitted weights shipped with the extension (see weights.json's "about" for their source). */
import type { FittedModel } from './fitted';
import weights from './weights.json';

export const MODEL: FittedModel | null = (weights as FittedModel).tags?.length ? (weights as FittedModel) : null;
