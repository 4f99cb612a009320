import { describe, expect, it } from 'vitest';

import { outletFromCopyright, outletFromDateline } from './outlet';

describe('outletFromCopyright', () => {
  it('names the publisher of a copyright line', () => {
    expect(
      outletFromCopyright(
        'Copyright (c) 2021. RFE/RL, Inc. Reprinted with the permission of Radio Free Europe/Radio Liberty.',
      ),
    ).toBe('RFE/RL');
    expect(outletFromCopyright('© 2022 The Associated Press. All rights reserved.')).toBe('AP');
    expect(outletFromCopyright('Copyright 2020 Eurasianet')).toBe('Eurasianet');
  });

  it('does not take a photographer for a publisher', () => {
    expect(outletFromCopyright('© Alexander Kuznetsov / EPA-EFE / Shutterstock')).toBeNull();
    expect(outletFromCopyright('The copyright of the photo remains with the agency.')).toBeNull();
  });
});

describe('outletFromDateline', () => {
  it('names the agency in a dateline', () => {
    expect(
      outletFromDateline('ALMATY, Kazakhstan (AP) — The mass protests began peacefully.'),
    ).toBe('AP');
    expect(
      outletFromDateline(
        'WASHINGTON (Reuters) -The United States and its allies have offered support.',
      ),
    ).toBe('Reuters');
    expect(
      outletFromDateline('ALMATY, Kazakhstan -- Security measures have been beefed up.'),
    ).toBeNull();
  });
});
