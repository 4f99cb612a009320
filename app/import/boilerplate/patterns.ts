/**
 * Paragraph-level patterns for page furniture that survives a copy-paste or an HTML extraction.
 * Each is written for the kind of thing (a player's loading text, a "related" list heading, a
 * photo credit), not for one site's exact wording, and most only apply to short paragraphs so a
 * real sentence that happens to contain the words stays body.
 */

/** A rule that recognizes one paragraph on its own. */
interface ParagraphRule {
  readonly name: string;
  /** Longest paragraph the rule may flag: article sentences are longer than furniture. */
  readonly maxLength: number;
  readonly pattern: RegExp;
}

/** Site navigation and widget labels that make up a whole short line. */
const NAV_LABEL =
  /^(?:accessibility links|skip (?:to (?:main )?content|navigation|to main)|breaking news|live(?: updates)?|menu|main menu|search|share(?: this(?: article| story)?)?|print|e-?mail|tweet|advertisement|sponsored(?: content)?|sign in|log ?in|register|subscribe|close|toggle navigation|home|latest|more|next|previous|listen(?: to this article)?|comments?|view comments|show comments|loading\.*)\W*$/i;

const RULES: readonly ParagraphRule[] = [
  { name: 'navigation label', maxLength: 40, pattern: NAV_LABEL },
  // "[ site banner ]", "[Image]", "[ad]": bracketed placeholders left by a text export.
  { name: 'placeholder', maxLength: 80, pattern: /^\[[^\]]{1,70}\]$/ },
  // "16x9 Image", "Photo", "Video", "Gallery": an image slot with no caption.
  {
    name: 'placeholder',
    maxLength: 40,
    pattern:
      /^\W*(?:\d+\s?x\s?\d+\s+)?(?:image|photo|picture|video|gallery|file photo|graphic)\W*$/i,
  },
  // "SITE - Make a donation!", "Support our journalism", "Become a member".
  {
    name: 'banner',
    maxLength: 160,
    pattern:
      /^(?:[\p{L}\p{N} .&'’]{1,30}\s[-–—|:]\s)?(?:please\s+)?(?:make a (?:charitable )?donation|donate\b|support (?:us|our|independent)|become a (?:member|supporter|subscriber|patron))/iu,
  },
  // Video and audio players: "please wait", "No media source currently available", timecodes.
  { name: 'player', maxLength: 60, pattern: /^(?:please wait|loading(?: video| player)?)\W*$/i },
  { name: 'player', maxLength: 120, pattern: /^no media source (?:currently )?available\W*$/i },
  {
    name: 'player',
    maxLength: 80,
    pattern: /^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*[/|–-]?\s*(?:\d{1,2}:)?\d{1,2}:\d{2})*$/,
  },
  {
    name: 'player',
    maxLength: 160,
    pattern:
      /^(?:your browser does not support (?:the )?(?:video|audio|html5)|the code has been copied to your clipboard|embed(?: code)?|direct link|media caption|image source,|image caption,|play video|watch(?: the)? video|video duration)/i,
  },
  // Widgets that failed to load: "Oops! Something went wrong. Please try again later."
  {
    name: 'error widget',
    maxLength: 120,
    pattern:
      /^\W*(?:oops\b.*|something went wrong[.!]?(?:\s*please try again(?: later)?)?|please try again(?: later)?)\W*$/i,
  },
  // "In this article:", "Table of contents", "·5 min read", "Reading time: 2 minutes".
  {
    name: 'article tools',
    maxLength: 40,
    pattern: /^(?:in this (?:article|story)|table of contents|contents|key points|jump to)\s*:?$/i,
  },
  {
    name: 'article tools',
    maxLength: 40,
    pattern: /^\W*\d+\s*(?:-\s*)?(?:min(?:ute)?s?|m)\.?\s*read\W*$/i,
  },
  {
    name: 'article tools',
    maxLength: 40,
    pattern: /^reading time\s*:?\s*\d+\s*min(?:ute)?s?\W*$/i,
  },
  // Newsletter, mailing-list and cookie prompts.
  {
    name: 'prompt',
    maxLength: 300,
    pattern:
      /\b(?:sign up (?:for|to)|subscribe (?:to|for|now)|our (?:daily |weekly |free )?newsletters?\b|newsletter sign[- ]?up|delivered (?:straight )?to your inbox|enter your e-?mail|mailing list|we use cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences)|manage (?:your )?consent)/i,
  },
  // Comment sections: "Comments are closed", "we are temporarily suspending article commenting".
  {
    name: 'comments',
    maxLength: 600,
    pattern:
      /\b(?:comments? (?:are|is) (?:closed|disabled)|(?:suspend|disabl|clos)\w* (?:\w+ ){0,2}comment(?:ing|s)?\b|community guidelines|join the (?:conversation|discussion)|be the first to comment|leave a (?:comment|reply))/i,
  },
  // "Back to top", "Back to top button", "Scroll to top".
  {
    name: 'navigation label',
    maxLength: 40,
    pattern: /^(?:back to top|scroll to top|top of page|return to top)(?: button)?\W*$/i,
  },
  // Copyright and rights footers: "Copyright (c) 2021. RFE/RL, Inc. …", "© 2022 AP. All rights reserved."
  { name: 'copyright', maxLength: 400, pattern: /^(?:copyright\b|©|\(c\)\s*\d{4})/i },
  {
    name: 'copyright',
    maxLength: 200,
    pattern: /\ball rights reserved\b|\breprinted with (?:the )?permission\b/i,
  },
  // "About Jane Doe", "About the author": a bio stub whose text did not come along.
  {
    name: 'author stub',
    maxLength: 60,
    pattern: /^[Aa]bout (?:the authors?|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})$/u,
  },
  // Social buttons: "Share on Facebook", "Follow us on Telegram", "Click to print".
  {
    name: 'social',
    maxLength: 80,
    pattern:
      /^(?:share (?:on|via|this)\b|follow us\b|click to (?:share|print|email)|tweet this\W*$|pin it\W*$|(?:whatsapp|telegram|facebook|twitter|linkedin|x|vk|email)\W*$)/i,
  },
];

/** Headings that start a list of other stories; the list after them is not the article. */
const SECTION_BREAK =
  /^(?:recommended(?: stories| for you| videos?| reading| articles)?|related(?: articles| stories| posts| news| content| coverage| topics| reading)?|read (?:more|next|also)|more (?:from|on|stories|news|in)\b[^.!?]{0,40}|check also|see also|source link|you (?:may|might) (?:also )?(?:like|be interested in)|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|popular (?:stories|posts|now)|latest (?:news|stories|posts)|top stories|what to read next|don['’]t miss|editor['’]?s picks|further reading)\s*:?$/i;

/** A photo credit at the end of a caption: "… © AFP/Getty", "… (Jane Doe / AP)", "Photo: Reuters". */
const CREDIT_AT_END =
  /(?:(?:©|\(c\)|photo(?:graph)?s?:|image:|credit:|picture:|photo by)\s*[^.!?©]{2,80}|\((?:[^()]{1,60}\s\/\s[^()]{1,60}|[^()]{1,60}\bvia (?:AP|AFP|Reuters|Getty Images|EPA|TASS|Sputnik)|(?:AP|AFP|Reuters|EPA|Getty Images|TASS)(?: Photo)?(?:\s*\/[^()]{1,60})?)\))$/i;

/** A credit on its own line: "© Alexander Kuznetsov / EPA-EFE / Shutterstock", "Photo: AFP". */
const CREDIT_ONLY =
  /^(?:©|\(c\)(?!\s*\d{4})|photo(?:graph)?s?:|image:|credit:|picture:|photo by)\s*[^.!?]{2,100}$/i;

/** The name of the rule a paragraph matches on its own, or null when it may be body. */
export function furnitureRule(text: string): string | null {
  for (const rule of RULES) {
    if (text.length <= rule.maxLength && rule.pattern.test(text)) return rule.name;
  }
  if (isSectionBreak(text)) return 'related list';
  if (isCaption(text)) return 'caption';
  return null;
}

/** True for a heading like "Recommended Stories" or "Check Also" that starts a list of other stories. */
export function isSectionBreak(text: string): boolean {
  return text.length <= 60 && SECTION_BREAK.test(text);
}

/** True for an image caption ending in a photo credit, or a credit line on its own. */
export function isCaption(text: string): boolean {
  if (text.length > 400) return false;
  return CREDIT_ONLY.test(text) || CREDIT_AT_END.test(text);
}

/** True for a player's loading or error text ("please wait", "No media source currently available"). */
export function isPlayerResidue(text: string): boolean {
  return RULES.some(
    (rule) => rule.name === 'player' && text.length <= rule.maxLength && rule.pattern.test(text),
  );
}
