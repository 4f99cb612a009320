import type { EntityKind } from '../model/types';

// Words that make a name a body rather than a person: institutions, outlets, forces, groups.
const BODY_WORDS =
  /\b(?:ministry|ministries|police|government|office|council|committee|party|service|agency|news|times|press|post|journal|guardian|independent|radio|tv|television|channel|court|parliament|army|forces|authorities|officials|organi[sz]ations?|union|group|department|commission|bank|company|nations|prosecutors?|administration|akimat|state|republic|spokes(?:man|woman|person)|media|agency|movement|alliance)\b/i;
const PLACE_WORDS =
  /\b(?:city|region|province|oblast|district|town|village|square|street|country)\b/i;

/**
 * A first guess at what kind of entity a new attribution names, so the form rarely needs
 * correcting: "Interior ministry", "Financial Times", "RFE/RL" and "authorities" are bodies;
 * "Almaty region" is a place; anything else ("Tokayev") a person. Always editable.
 */
export function guessEntityKind(name: string): EntityKind {
  const clean = name.trim();
  if (BODY_WORDS.test(clean)) return 'body';
  // Acronyms: AP, RFE/RL, CSTO.
  if (/^[A-Z][A-Z/&.-]+$/.test(clean) && clean.replace(/[^A-Z]/g, '').length >= 2) return 'body';
  if (PLACE_WORDS.test(clean)) return 'place';
  return 'person';
}
