/** Unit tests of the API date bounds. */
import { describe, expect, it } from 'vitest';
import { firstDay, lastDay } from './dates.js';

describe('date bounds', () => {
  it('widens years and months to whole days', () => {
    expect(firstDay('2023')).toBe('2023-01-01');
    expect(firstDay('2023-10')).toBe('2023-10-01');
    expect(firstDay('2023-10-05')).toBe('2023-10-05');
    expect(lastDay('2023')).toBe('2023-12-31');
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('2023-02')).toBe('2023-02-28');
    expect(lastDay('2023-10-05')).toBe('2023-10-05');
  });
});
