import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Highlighted, onlyMarkTags } from './Highlighted';

describe('search highlights', () => {
  it('accept <mark> and nothing else', () => {
    expect(onlyMarkTags('Пишемо власну <mark>казку</mark> &amp; інше')).toBe(true);
    expect(onlyMarkTags('<mark onclick="x()">казка</mark>')).toBe(false);
    expect(onlyMarkTags('<img src=x onerror=alert(1)>')).toBe(false);
    expect(onlyMarkTags('<MARK>a</MARK><script>')).toBe(false);
  });

  it('render marks as elements, and anything else as plain text', () => {
    const safe = render(<Highlighted html="власну <mark>казку</mark>" fallback="власну казку" />);
    expect(safe.container.querySelector('mark')?.textContent).toBe('казку');
    const unsafe = render(<Highlighted html={'<img src=x onerror="alert(1)"><mark>a</mark>'} fallback="plain title" />);
    expect(unsafe.container.querySelector('img')).toBeNull();
    expect(unsafe.container.textContent).toBe('plain title');
  });
});
