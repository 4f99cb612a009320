import { describe, expect, it } from 'vitest';

import { furnitureRule, isCaption, isSectionBreak } from './patterns';

describe('furnitureRule', () => {
  it.each([
    // Banners and navigation, from the corpus and invented.
    ['UNITED24 - Make a charitable donation in support of Ukraine!', 'banner'],
    ['Support our independent journalism', 'banner'],
    ['[ rfe/rl banner ]', 'placeholder'],
    ['[Advertisement]', 'placeholder'],
    ['• 16x9 Image', 'placeholder'],
    ['Accessibility links', 'navigation label'],
    ['Skip to main content', 'navigation label'],
    ['Breaking News', 'navigation label'],
    ['Back to top button', 'navigation label'],
    // Video players.
    ['please wait', 'player'],
    ['No media source currently available', 'player'],
    ['0:00 0:02:24 0:00', 'player'],
    ['1:02:33', 'player'],
    ['Your browser does not support the video tag.', 'player'],
    // Widgets and tools.
    ['• Oops! Something went wrong. Please try again later.', 'error widget'],
    ['Please try again later.', 'error widget'],
    ['In this article:', 'article tools'],
    ['·5 min read', 'article tools'],
    ['3 min read', 'article tools'],
    ['Reading time: 4 minutes', 'article tools'],
    // Prompts.
    ['Sign up for our daily newsletter to get the top stories delivered to your inbox.', 'prompt'],
    ['Join the GlobalSecurity.org mailing list', 'prompt'],
    ['We use cookies to improve your experience. Accept all cookies?', 'prompt'],
    [
      'Our goal is to create a safe and engaging place for users to connect over interests and passions. In order to improve our community experience, we are temporarily suspending article commenting',
      'comments',
    ],
    // Footers and stubs.
    [
      'Copyright (c) 2021. RFE/RL, Inc. Reprinted with the permission of Radio Free Europe/Radio Liberty.',
      'copyright',
    ],
    ['© 2022 The Associated Press. All rights reserved.', 'copyright'],
    ['About Lillian Coomer', 'author stub'],
    ['About the author', 'author stub'],
    ['Share on Facebook', 'social'],
    // Lists of other stories and captions.
    ['Recommended Stories', 'related list'],
    ['Related Articles', 'related list'],
    ['Check Also', 'related list'],
    ['Source link', 'related list'],
    ['You might also like:', 'related list'],
    ['Smoke rises over the square © AFP/Getty', 'caption'],
    ['Riot police in the streets of Almaty, Kazakhstan (Vladimir Tretyakov / AP)', 'caption'],
    ['© Alexander Kuznetsov / EPA-EFE / Shutterstock', 'copyright'],
    ['Photo: Reuters', 'caption'],
  ])('flags %j as %s', (text, rule) => {
    expect(furnitureRule(text)).toBe(rule);
  });

  it.each([
    'ALMATY, Kazakhstan (AP) — The mass protests in Kazakhstan began peacefully over the New Year’s weekend.',
    '“It is unfathomable. I can’t understand it. How is this possible?” he said.',
    'But something changed over the course of a week.',
    'Something went wrong with the fuel subsidy, analysts say, and prices doubled overnight.',
    'Twitter said on Monday it had restored access in Kazakhstan.',
    'About 164 people were killed and thousands were detained during the unrest.',
    'Kazakhstan shares a 1,800 kilometer (1,000 mile) long border with China’s Xinjiang region.',
    'The charity asked people to donate blood after the clashes, and hundreds queued at hospitals.',
    'Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day',
    'With reporting by AFP',
    'January 4',
  ])('leaves the article paragraph %j alone', (text) => {
    expect(furnitureRule(text)).toBeNull();
  });

  it('recognizes related-story headings only as whole short lines', () => {
    expect(isSectionBreak('More from Central Asia')).toBe(true);
    expect(isSectionBreak('More from the capital, residents said, was still to come.')).toBe(false);
  });

  it('recognizes captions by the credit at their end', () => {
    expect(isCaption('Protesters in Almaty (Pavel Mikheyev / Reuters)')).toBe(true);
    expect(
      isCaption('Troops wait at an airfield (Russian Defense Ministry Press Service via AP)'),
    ).toBe(true);
    expect(
      isCaption(
        'The protesters shouted “Shal ket! (“Old man go”), an apparent reference to Mr. Nazarbayev.',
      ),
    ).toBe(false);
  });
});
