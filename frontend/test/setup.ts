import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Pages load their code and ask a real API; on a busy two-core machine the first page of a file can take
// more than the default second to appear. Waiting longer only delays failures; it never passes a wrong page.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  if (typeof window === 'undefined') return; // a file that runs in the node environment
  cleanup();
  localStorage.clear();
  document.documentElement.removeAttribute('lang');
});
